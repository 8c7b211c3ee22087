/**
 * A statement compiled once for many requests: its action patterns (lower-cased), its resource
 * entries, its conditions (through the condition registry's `compileCondition`) and the
 * reference an explanation shows.
 */
import {
  compileActionPattern,
  compileCondition,
  type ActionElement,
  type ConditionClause,
  type PrincipalElement,
  type RequestContext,
  type Statement,
} from '@hatrack/policy'
import type { NamedPolicy, StatementRef } from '../types.ts'
import { compileResource, type CompiledResource } from './resource.ts'

/** A compiled condition clause: `true`, `false`, or `'notEvaluated'` when it cannot be evaluated. */
export type ConditionTest = (context: RequestContext) => boolean | 'notEvaluated'

/** One statement, ready for the fast path and the explanation. */
export interface CompiledStatement {
  readonly ref: StatementRef
  readonly statement: Statement
  readonly allow: boolean
  /** Whether `${…}` in this policy are variables (Version 2012-10-17). */
  readonly variables: boolean
  /** Whether the lower-cased action matches `Action` (or is not excluded by `NotAction`). */
  readonly matchesAction: (action: string) => boolean
  /** `undefined` when the statement has no `Resource` (trust policies: the role is the resource). */
  readonly resource: CompiledResource | undefined
  readonly principal: PrincipalElement | undefined
  readonly conditions: readonly ConditionTest[]
  readonly clauses: readonly ConditionClause[]
}

/** Compiles one statement of a named policy. */
export function compileStatement(named: NamedPolicy, statement: Statement): CompiledStatement {
  const variables = named.policy.version === '2012-10-17'
  return {
    ref: refOf(named, statement),
    statement,
    allow: statement.effect === 'Allow',
    variables,
    matchesAction: compileActions(statement.action),
    resource:
      statement.resource === undefined ? undefined : compileResource(statement.resource, variables),
    principal: statement.principal,
    conditions: statement.conditions.map((clause) => compileCondition(clause, { variables })),
    clauses: statement.conditions,
  }
}

/** The reference an explanation shows for a statement. */
function refOf(named: NamedPolicy, statement: Statement): StatementRef {
  return {
    policy: named.name,
    ...(named.arn === undefined ? {} : { policyArn: named.arn }),
    policyKind: named.policy.kind,
    ...(statement.sid === undefined ? {} : { sid: statement.sid }),
    index: statement.index,
    path: statement.path,
    effect: statement.effect,
  }
}

/** `Action` / `NotAction` as one test over the lower-cased action. */
function compileActions(element: ActionElement): (action: string) => boolean {
  const matchers = element.patterns.map(compileActionPattern)
  const negated = element.negated
  const only = matchers[0]
  if (matchers.length === 1 && only !== undefined) return negated ? (a) => !only(a) : only
  const any = (action: string): boolean => {
    for (const matcher of matchers) if (matcher(action)) return true
    return false
  }
  return negated ? (a) => !any(a) : any
}
