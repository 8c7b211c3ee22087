/**
 * One attempt at an assumption on the engine's fast path (`decide`, no explanation): the call is
 * planned as the model's STS call plans it, then every action it needs is decided in order, with
 * role chaining's extra check of the caller's own side for `sts:TagSession` and
 * `sts:SetSourceIdentity` (as `authorizeAssume` does), and last the errors STS returns after
 * authorizing. The result says whether the model's call would succeed, and where it stops if not.
 */
import { decide, type AccessRequest, type CompiledPolicySet } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError } from '../../operations/types.ts'
import type { AssumeConditions } from '../types.ts'
import type { CallPlan } from './call-plan.ts'
import type { AnalysisEnv } from './env.ts'
import { callerSideOnly, pairPolicies, planContext, planRequest } from './pair-policies.ts'
import { contextFor, planFor } from './call-cache.ts'
import type { RoleModel } from './role-model.ts'

/** Where an attempt stopped. */
export type AttemptResult =
  | {
      readonly ok: true
      readonly plan: CallPlan
      readonly policies: CompiledPolicySet
      readonly context: ContextRecord
    }
  | { readonly ok: false; readonly stage: 'error'; readonly error: AwsError }
  | {
      readonly ok: false
      readonly stage: 'decision'
      readonly plan: CallPlan
      /** The request the engine refused, and the policies it was decided under. */
      readonly request: AccessRequest
      readonly policies: CompiledPolicySet
    }

/** Attempts the assumption of `role` by principal `index` with `conditions`. */
export function attempt(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  conditions: AssumeConditions,
): AttemptResult {
  const planned = planFor(env, index, role, conditions)
  if (!planned.ok) return { ok: false, stage: 'error', error: planned.error }
  const plan = planned.plan
  const caller = env.caller(index)
  const policies = pairPolicies(caller, role, env.managementAccount)
  const needed = role.readsContext || (caller?.readsContext ?? false)
  const context = needed
    ? contextFor(env, index, role, plan, conditions)
    : planContext(env.world, plan, role, false)
  const main = plan.actions[0]
  for (const action of plan.actions) {
    const request = planRequest(plan, role, action, context)
    if (decide(policies, request) !== 'allowed')
      return { ok: false, stage: 'decision', plan, request, policies }
    if (action !== main && plan.chaining) {
      const own = callerSideOnly(policies)
      if (decide(own, request) !== 'allowed')
        return { ok: false, stage: 'decision', plan, request, policies: own }
    }
  }
  if (plan.afterAuthorization !== undefined)
    return { ok: false, stage: 'error', error: plan.afterAuthorization }
  return { ok: true, plan, policies, context }
}
