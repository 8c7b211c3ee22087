/**
 * The fast path's reading of one gate: does any statement deny, does any allow. No explanation
 * objects are built.
 */
import type { CompiledPolicy } from '../compile/policy-set.ts'
import type { GateOutcome } from '../types.ts'
import { applies, appliesWithPrincipal } from './applies.ts'
import type { RequestEnv } from './env.ts'
import { NONE, type Strength } from './strength.ts'

/** The verdict of policies whose statements carry no `Principal`: any Deny wins, else any Allow. */
export function scanPolicies(policies: readonly CompiledPolicy[], env: RequestEnv): GateOutcome {
  let allowed = false
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (statement.allow && allowed) continue
      if (!applies(statement, env)) continue
      if (!statement.allow) return 'explicitDeny'
      allowed = true
    }
  }
  return allowed ? 'allow' : 'implicitDeny'
}

/** The verdict of SCP or RCP levels: any Deny wins; else every level needs an Allow. */
export function scanLevels(
  levels: readonly (readonly CompiledPolicy[])[],
  env: RequestEnv,
): GateOutcome {
  let allowed = true
  for (const level of levels) {
    let levelAllowed = false
    for (const policy of level) {
      for (const statement of policy.statements) {
        if (statement.allow && (levelAllowed || !allowed)) continue
        if (appliesWithPrincipal(statement, env, false) === NONE) continue
        if (!statement.allow) return 'explicitDeny'
        levelAllowed = true
      }
    }
    if (!levelAllowed) allowed = false
  }
  return allowed ? 'allow' : 'implicitDeny'
}

/** The resource-based (or trust) policy's verdict, with the strongest grant among its Allows. */
export function scanResource(
  policy: CompiledPolicy,
  env: RequestEnv,
  hasBoundary: boolean,
): { readonly outcome: GateOutcome; readonly grant: Strength } {
  let grant: Strength = NONE
  for (const statement of policy.statements) {
    const strength = appliesWithPrincipal(statement, env, hasBoundary)
    if (strength === NONE) continue
    if (!statement.allow) return { outcome: 'explicitDeny', grant: NONE }
    if (strength > grant) grant = strength
  }
  return { outcome: grant === NONE ? 'implicitDeny' : 'allow', grant }
}
