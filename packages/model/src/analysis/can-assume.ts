/**
 * `canAssume`: one pair, without analysing the whole world. Without conditions it answers as the
 * analysis does (the plain call, else the search for the conditions that make it succeed); with
 * conditions it answers for exactly that call, and lists which of its conditions it needs. The
 * answer is the model's: an edge exactly when the model's STS call succeeds with those conditions.
 */
import { analysePair, denialOf } from './analyse-pair.ts'
import { buildEdge } from './edge/build-edge.ts'
import { attempt } from './evaluate/attempt.ts'
import { analysisEnv } from './evaluate/env.ts'
import type { AssumeConditions, PairStatus } from './types.ts'
import { readsMfa } from './witness/knobs.ts'
import { neededParts } from './witness/parts.ts'
import type { World } from '../world/types.ts'

/**
 * Whether `principal` (a graph id: a user's ARN, a role's ARN for its sessions, a service, a
 * provider, an outside account) can assume `roleArn`. `undefined` when either is not in the world.
 */
export function canAssume(
  world: World,
  principal: string,
  roleArn: string,
  conditions?: AssumeConditions,
): PairStatus | undefined {
  const env = analysisEnv(world)
  const p = env.principalIndex.get(principal)
  const r = env.roleIndex.get(roleArn)
  if (p === undefined || r === undefined) return undefined
  if (conditions === undefined) {
    const outcome = analysePair(env, p, r)
    return outcome.kind === 'edge'
      ? { status: 'edge', edge: outcome.edge }
      : { status: 'denied', denial: outcome.denial }
  }
  const refusal = env.principals[p]?.node.cannotAssume
  if (refusal !== undefined) return { status: 'denied', denial: { reason: 'error', ...refusal } }
  const role = env.role(r)
  const tried = attempt(env, p, role, conditions)
  if (!tried.ok) return { status: 'denied', denial: denialOf(env, tried) }
  const witness = neededParts(env, p, role, conditions)
  return {
    status: 'edge',
    edge: buildEdge(env, p, role, { ...witness, done: tried }, readsMfa(env, p, role)),
  }
}
