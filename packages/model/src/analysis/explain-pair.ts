/**
 * `explainPair`: the full explanation of one pair, on demand (the graph stores only gates). The
 * call the analysis settled on — the edge's conditions, or the plain call — is authorized again
 * by the model's own `authorizeAssume`, so every decision comes with its gates, statements,
 * near misses and AWS's message, exactly as the simulated STS call would produce them.
 */
import type { Decision } from '@hatrack/engine'
import { authorizeAssume } from '../sts/authorize-assume.ts'
import type { World } from '../world/types.ts'
import { canAssume } from './can-assume.ts'
import { callPlan } from './evaluate/call-plan.ts'
import { analysisEnv } from './evaluate/env.ts'
import type { AssumeAction, AssumeConditions, PairStatus, PrincipalNode } from './types.ts'

/** A pair, explained. */
export interface PairExplanation {
  readonly principal: PrincipalNode
  readonly role: string
  readonly status: PairStatus
  /** The call explained: the edge's conditions, or the plain call's (none). */
  readonly conditions: AssumeConditions
  /** Every decision the call made, in order, each with its full explanation. */
  readonly decisions: readonly Decision[]
  /** The error that stopped the call before or outside the engine, if any. */
  readonly error?: { readonly code: string; readonly message: string }
}

/** Explains whether `principal` can assume `roleArn`; `undefined` when either is unknown. */
export function explainPair(
  world: World,
  principal: string,
  roleArn: string,
  conditions?: AssumeConditions,
): PairExplanation | undefined {
  const status = canAssume(world, principal, roleArn, conditions)
  const env = analysisEnv(world)
  const p = env.principalIndex.get(principal)
  const r = env.roleIndex.get(roleArn)
  const node = p === undefined ? undefined : env.principals[p]?.node
  if (status === undefined || p === undefined || r === undefined || node === undefined)
    return undefined
  const used = conditions ?? (status.status === 'edge' ? status.edge.conditions : {})
  const base = { principal: node, role: roleArn, status, conditions: used }
  if (node.cannotAssume !== undefined) return { ...base, decisions: [], error: node.cannotAssume }
  const planned = callPlan(env, p, env.role(r), used)
  if (!planned.ok) return { ...base, decisions: [], error: planned.error }
  const plan = planned.plan
  const auth = authorizeAssume(world, {
    caller: plan.caller,
    action: (plan.actions[0] ?? 'sts:AssumeRole') as AssumeAction,
    roleArn,
    tagSession: plan.actions.includes('sts:TagSession'),
    setSourceIdentity: plan.actions.includes('sts:SetSourceIdentity'),
    chaining: plan.chaining,
    ...(plan.context ? { context: plan.context } : {}),
    trusted: plan.trusted,
  })
  if (!auth.ok) return { ...base, decisions: auth.decisions, error: auth.error }
  const late = plan.afterAuthorization
  return late === undefined
    ? { ...base, decisions: auth.decisions }
    : { ...base, decisions: auth.decisions, error: late }
}
