/**
 * Calls and their request contexts, made once and reused. A principal's call with given
 * conditions is the same for every role it tries — the same caller, actions and keys; its
 * duration, the default hour, fits every role's maximum — except a provider's, whose token is
 * read for the role's account. Its request context is the part that does not depend on the role,
 * built once per principal by `requestContext`, with the role's part (its tags as
 * `aws:ResourceTag/*`, its account and organization) and the call's own keys laid over it in the
 * order `requestContext` lays them; one context serves every role with the same keys
 * (`RoleModel.sideKeys`), so the engine builds its map once for them too.
 */
import type { ContextRecord } from '@hatrack/policy'
import { isDerivedKey, requestContext } from '../../request/request-context.ts'
import type { AssumeConditions } from '../types.ts'
import { callPlan, type CallPlan, type CallPlanResult } from './call-plan.ts'
import type { AnalysisEnv } from './env.ts'
import { planContext } from './pair-policies.ts'
import type { RoleModel } from './role-model.ts'

interface Caches {
  readonly plans: Map<number | string, CallPlanResult>
  readonly bases: Map<number | string, ContextRecord>
  readonly contexts: Map<number | string, Map<object, ContextRecord>>
}

const caches = new WeakMap<AnalysisEnv, Caches>()
const NO_SIDE = { policy: undefined, accountId: undefined, region: undefined, keys: {} }

function cachesOf(env: AnalysisEnv): Caches {
  let found = caches.get(env)
  if (found === undefined) {
    found = { plans: new Map(), bases: new Map(), contexts: new Map() }
    caches.set(env, found)
  }
  return found
}

/** The key of a principal's call with `conditions`: its index for the plain call. */
function keyOf(index: number, conditions: AssumeConditions): number | string {
  for (const _ in conditions) return `${index} ${JSON.stringify(conditions)}`
  return index
}

/** The call principal `index` makes on `role` with `conditions`. */
export function planFor(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  conditions: AssumeConditions,
): CallPlanResult {
  if (env.principals[index]?.source.kind === 'federated')
    return callPlan(env, index, role, conditions)
  const plans = cachesOf(env).plans
  const key = keyOf(index, conditions)
  let planned = plans.get(key)
  if (planned === undefined) {
    planned = callPlan(env, index, role, conditions)
    plans.set(key, planned)
  }
  return planned
}

/** The request context of `plan`, the call principal `index` makes on `role` with `conditions`. */
export function contextFor(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  plan: CallPlan,
  conditions: AssumeConditions,
): ContextRecord {
  if (env.principals[index]?.source.kind === 'federated' || role.side.region !== undefined)
    return planContext(env.world, plan, role, true)
  const { bases, contexts } = cachesOf(env)
  const key = keyOf(index, conditions)
  let bySide = contexts.get(key)
  if (bySide === undefined) {
    bySide = new Map()
    contexts.set(key, bySide)
  }
  const known = bySide.get(role.sideKeys)
  if (known !== undefined) return known
  let base = bases.get(key)
  if (base === undefined) {
    const request = { action: plan.actions[0] ?? 'sts:AssumeRole', resource: role.role.arn }
    base = requestContext(env.world, plan.caller, NO_SIDE, request, plan.trusted)
    bases.set(key, base)
  }
  const context: Record<string, ContextRecord[string]> = { ...base, ...role.side.keys }
  for (const [name, value] of Object.entries(plan.context ?? {}))
    if (!isDerivedKey(name)) context[name] = value
  Object.assign(context, plan.trusted)
  bySide.set(role.sideKeys, context)
  return context
}

/** Lets the calls and contexts made for `env` go: a finished analysis keeps only its graph. */
export function releaseCallCaches(env: AnalysisEnv): void {
  caches.delete(env)
}
