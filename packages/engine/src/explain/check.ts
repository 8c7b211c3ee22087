/**
 * The explanation's reading of one statement: every element checked (no short-circuit), each
 * failing element described with the values it was compared against, and the conditions that
 * could not be evaluated. Its verdict is the fast path's verdict: the same compiled tests decide,
 * and `evaluateCondition` only supplies the words.
 */
import { evaluateCondition, type ConditionClause } from '@hatrack/policy'
import type { CompiledStatement } from '../compile/statement.ts'
import { principalStrength } from '../evaluate/applies.ts'
import type { RequestEnv } from '../evaluate/env.ts'
import { NONE, type Strength } from '../evaluate/strength.ts'
import { callerName } from '../messages.ts'
import type { Mismatch, NotEvaluated } from '../types.ts'

/** One statement, checked in full against a request. Its mismatches are described on demand. */
export interface StatementCheck {
  readonly statement: CompiledStatement
  readonly applies: boolean
  /** For an applicable statement with a `Principal`: the grant's strength; `DIRECT` without one. */
  readonly strength: Strength
  readonly actionOk: boolean
  readonly resourceOk: boolean
  readonly principalOk: boolean
  /** Each condition clause's outcome, in order. */
  readonly conditions: readonly (boolean | 'notEvaluated')[]
  /** Conditions that could not be evaluated, recorded when they changed whether the statement applies. */
  readonly notEvaluated: readonly NotEvaluated[]
  /** How close the statement came: action, then resource, then principal, then conditions. */
  readonly closeness: number
}

/** Checks every element of `statement` against `env`'s request. */
export function checkStatement(
  statement: CompiledStatement,
  env: RequestEnv,
  hasBoundary: boolean,
): StatementCheck {
  const actionOk = statement.matchesAction(env.action)
  const resource = statement.resource
  const resourceOk = resource === undefined || resource.matches(env)
  const strength = principalStrength(statement, env, hasBoundary)
  const principalOk = strength !== NONE
  const conditions =
    statement.conditions.length === 0 ? [] : statement.conditions.map((test) => test(env.context))
  let failed = 0
  let pending = 0
  for (const result of conditions) {
    if (result === false) failed += 1
    else if (result === 'notEvaluated') pending += 1
  }
  const reached = actionOk && resourceOk && principalOk && failed === 0
  const notEvaluated: NotEvaluated[] = []
  if (reached && pending > 0) {
    conditions.forEach((result, i) => {
      const clause = statement.clauses[i]
      if (result !== 'notEvaluated' || clause === undefined) return
      notEvaluated.push({
        statement: statement.ref,
        path: clause.path,
        reason: `the condition \`${clause.operator}\` on \`${clause.key}\` could not be evaluated; ${
          statement.allow
            ? 'this Allow statement was set aside'
            : 'this Deny statement was applied anyway'
        }`,
      })
    })
  }
  const applies = reached && (pending === 0 || !statement.allow)
  return {
    statement,
    applies,
    strength: applies ? strength : NONE,
    actionOk,
    resourceOk,
    principalOk,
    conditions,
    notEvaluated,
    closeness:
      (actionOk ? 4000 : 0) + (resourceOk ? 2000 : 0) + (principalOk ? 1000 : 0) - failed - pending,
  }
}

/** The elements of a checked statement that did not match, each with the values it was compared with. */
export function mismatchesOf(check: StatementCheck, env: RequestEnv): Mismatch[] {
  if (check.applies) return []
  const statement = check.statement
  const mismatches: Mismatch[] = []
  if (!check.actionOk) mismatches.push(actionMismatch(statement, env))
  if (!check.resourceOk) mismatches.push(resourceMismatch(statement, env))
  if (!check.principalOk) mismatches.push(principalMismatch(statement, env))
  check.conditions.forEach((result, i) => {
    const clause = statement.clauses[i]
    if (result !== true && clause !== undefined)
      mismatches.push(conditionMismatch(statement, clause, env, result))
  })
  return mismatches
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}

function actionMismatch(statement: CompiledStatement, env: RequestEnv): Mismatch {
  const element = statement.statement.action
  const action = env.request.action
  return {
    element: 'action',
    path: element.path,
    detail: element.negated
      ? `\`${action}\` is excluded by NotAction ${list(element.patterns)}`
      : `\`${action}\` is not among the actions ${list(element.patterns)}`,
  }
}

function resourceMismatch(statement: CompiledStatement, env: RequestEnv): Mismatch {
  const compiled = statement.resource
  const element = statement.statement.resource
  const arn = env.request.resource
  const entries = (compiled?.entries ?? []).map((entry) => {
    if (!entry.templated) return `\`${entry.pattern}\``
    const resolved = entry.resolve(env)
    return 'missing' in resolved
      ? `\`${entry.pattern}\` (matches nothing: ${list(resolved.missing)} not in the request)`
      : `\`${entry.pattern}\` (resolved to \`${resolved.resolved}\`)`
  })
  return {
    element: 'resource',
    path: element?.path ?? statement.ref.path,
    detail: compiled?.negated
      ? `\`${arn}\` is excluded by NotResource ${entries.join(', ')}`
      : `\`${arn}\` is not among the resources ${entries.join(', ')}`,
  }
}

function principalMismatch(statement: CompiledStatement, env: RequestEnv): Mismatch {
  const element = statement.principal
  const caller = callerName(env.request)
  return {
    element: 'principal',
    path: element?.path ?? statement.ref.path,
    detail: element?.negated
      ? `the caller \`${caller}\` is listed in NotPrincipal`
      : `the caller \`${caller}\` is not named in Principal`,
  }
}

function conditionMismatch(
  statement: CompiledStatement,
  clause: ConditionClause,
  env: RequestEnv,
  result: false | 'notEvaluated',
): Mismatch {
  const explained = evaluateCondition(clause, env.context, { variables: statement.variables })
  return {
    element: 'condition',
    path: clause.path,
    detail:
      result === 'notEvaluated' ? `${explained.detail} (could not be evaluated)` : explained.detail,
    operator: explained.operator,
    key: explained.key,
    requestValue: explained.requestValue,
    policyValues: explained.policyValues,
  }
}
