/**
 * Whether one statement applies to a request: its action, its resource, its principal (for
 * policies that have one) and all of its conditions (iam-facts §19: statement match =
 * action ∧ resource ∧ principal ∧ conditions).
 *
 * The wildcard matchers and the condition evaluator are the shared primitives of
 * `@hatrack/policy`; the way they are combined here is the reference's own.
 */
import {
  evaluateCondition,
  matchAction,
  matchResource,
  parseTemplate,
  resolveTemplate,
  type Policy,
  type PrincipalFacts,
  type RequestContext,
  type Statement,
} from '@hatrack/policy'
import { namesOfCaller, notPrincipalApplies, type NamedAs } from './caller-named.ts'

/** The request as one statement sees it. */
export interface StatementInput {
  readonly caller: PrincipalFacts
  /** Whether the caller is an IAM user or role session with a permissions boundary. */
  readonly hasBoundary: boolean
  readonly action: string
  readonly resource: string
  readonly context: RequestContext
}

/** A statement that applies, with the ways its `Principal` named the caller (empty without one). */
export interface AppliedStatement {
  readonly statement: Statement
  readonly namedAs: readonly NamedAs[]
}

/** The statements of `policy` with effect `effect` that apply to the request. */
export function applyingStatements(
  policy: Policy,
  effect: 'Allow' | 'Deny',
  input: StatementInput,
): AppliedStatement[] {
  const applied: AppliedStatement[] = []
  for (const statement of policy.statements) {
    if (statement.effect !== effect) continue
    const namedAs = principalApplies(statement, input)
    if (namedAs === undefined) continue
    if (!actionApplies(statement, input.action)) continue
    if (!resourceApplies(statement, policy, input)) continue
    if (!conditionsHold(statement, policy, input.context)) continue
    applied.push({ statement, namedAs })
  }
  return applied
}

/** `undefined` when the statement's principal leaves the caller out; the ways it names it otherwise. */
function principalApplies(statement: Statement, input: StatementInput): NamedAs[] | undefined {
  const element = statement.principal
  if (element === undefined) return []
  if (element.negated) {
    return notPrincipalApplies(element, input.caller, input.hasBoundary) ? ['wildcard'] : undefined
  }
  const names = namesOfCaller(element, input.caller)
  return names.length > 0 ? names : undefined
}

function actionApplies(statement: Statement, action: string): boolean {
  const listed = statement.action.patterns.some((pattern) => matchAction(pattern, action))
  return statement.action.negated ? !listed : listed
}

/**
 * A trust policy has no `Resource`: the role is the resource. Policy variables are resolved only
 * in `2012-10-17` policies; an entry whose variable cannot be resolved matches no resource
 * (iam-facts §5). What a variable brings from the request, and the escapes `${*}` `${?}`, are
 * literal text: their `*` and `?` are no wildcards.
 */
function resourceApplies(statement: Statement, policy: Policy, input: StatementInput): boolean {
  const element = statement.resource
  if (element === undefined) return true
  const listed = element.patterns.some((pattern) => {
    if (policy.version !== '2012-10-17') return matchResource(pattern, input.resource)
    const resolved = resolveTemplate(parseTemplate(pattern), input.context)
    if (!resolved.ok) return false
    const text = resolved.pieces
      .map((piece) => (piece.literal ? shieldWildcards(piece.text) : piece.text))
      .join('')
    return matchResource(text, shieldWildcards(input.resource))
  })
  return element.negated ? !listed : listed
}

/**
 * Stands a literal `*` or `?` in for a control character that no ARN holds, on both sides: the
 * pattern's literal `*` then matches only the resource's `*`, while its wildcards still match
 * anything, the stand-ins included.
 */
function shieldWildcards(text: string): string {
  return text.replaceAll('*', '\u0000').replaceAll('?', '\u0001')
}

/**
 * All clauses must hold. A clause the evaluator cannot decide is treated conservatively: it
 * never lets an `Allow` apply, and it lets a `Deny` apply (iam-facts §19, design.md: "never
 * silently allowed").
 */
function conditionsHold(statement: Statement, policy: Policy, context: RequestContext): boolean {
  const variables = policy.version === '2012-10-17'
  return statement.conditions.every((clause) => {
    const { result } = evaluateCondition(clause, context, { variables })
    return result === 'notEvaluated' ? statement.effect === 'Deny' : result
  })
}
