/**
 * Whether one compiled statement applies to a request: the fast test, with no explanation.
 *
 * A condition that cannot be evaluated (`'notEvaluated'`) is treated conservatively: an `Allow`
 * statement with it does not apply, a `Deny` statement with it does (design.md, "Anything the
 * engine cannot evaluate … is reported as such, never silently allowed"). `explain` reports it.
 */
import { matchPrincipal } from '@hatrack/policy'
import type { CompiledStatement } from '../compile/statement.ts'
import type { RequestEnv } from './env.ts'
import { DIRECT, NONE, strengthOf, type Strength } from './strength.ts'

/** Whether the statement's `Action` and `Resource` elements match the request. */
export function matchesTarget(statement: CompiledStatement, env: RequestEnv): boolean {
  if (!statement.matchesAction(env.action)) return false
  const resource = statement.resource
  return resource === undefined || resource.matches(env)
}

/** Whether every condition of the statement holds (conservatively for `'notEvaluated'`). */
export function conditionsHold(statement: CompiledStatement, env: RequestEnv): boolean {
  const conditions = statement.conditions
  if (conditions.length === 0) return true
  const context = env.context
  for (const test of conditions) {
    const result = test(context)
    if (result === true) continue
    if (result === false || statement.allow) return false
  }
  return true
}

/** Whether a statement without a `Principal` (identity, boundary, session, SCP) applies. */
export function applies(statement: CompiledStatement, env: RequestEnv): boolean {
  return matchesTarget(statement, env) && conditionsHold(statement, env)
}

/**
 * For a statement with a `Principal` or `NotPrincipal` (resource-based, trust, RCP): `NONE` when
 * it does not apply, else the strength of the grant. A statement without one applies to anyone.
 */
export function principalStrength(
  statement: CompiledStatement,
  env: RequestEnv,
  hasBoundary: boolean,
): Strength {
  const element = statement.principal
  if (element === undefined) return DIRECT
  if (element.negated && !statement.allow && hasBoundary && deniedDespiteNotPrincipal(env))
    return DIRECT
  return strengthOf(matchPrincipal(element, env.principal), env.principal, element.negated)
}

/**
 * "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
 * permissions boundary policy attached, regardless of the values specified in the NotPrincipal
 * element" (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html).
 */
export function deniedDespiteNotPrincipal(env: RequestEnv): boolean {
  const kind = env.principal.kind
  return kind === 'user' || kind === 'assumedRole'
}

/** `NONE` when the statement does not apply, else its grant strength (for `Allow`) or `DIRECT`. */
export function appliesWithPrincipal(
  statement: CompiledStatement,
  env: RequestEnv,
  hasBoundary: boolean,
): Strength {
  if (!matchesTarget(statement, env)) return NONE
  const strength = principalStrength(statement, env, hasBoundary)
  if (strength === NONE) return NONE
  return conditionsHold(statement, env) ? strength : NONE
}
