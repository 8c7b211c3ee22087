/**
 * A chain replayed hop by hop through the model: the first hop as the principal (with MFA when
 * the chain needs its session to carry it), every later hop as the session the previous hop
 * issued, named `hatrack` as the analysis's plain sessions are. Returns what went wrong, in words.
 * Test support only.
 */
import { assumeRole } from '../../sts/assume-role.ts'
import type { World } from '../../world/types.ts'
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import type { AssumeChain } from '../types.ts'
import { simulateAssume } from './simulate.ts'

/** The problems of replaying `chain` in `world` (empty when every hop succeeds as stated). */
export function replayChain(world: World, chain: AssumeChain): string[] {
  const [first, ...rest] = chain.hops
  if (first === undefined) return ['a chain without hops']
  const start = simulateAssume(
    world,
    chain.principal,
    first.role,
    { ...first.conditions, ...(chain.firstHopMfa ? { mfa: true } : {}) },
    chain.firstHopMfa ? 'device' : 'console',
  )
  if (start === undefined) return []
  if (!start.ok) return [`${chain.principal} → ${first.role}: ${start.error.message}`]
  let current = start
  for (const hop of rest) {
    const { mfa: _mfa, tags, context, ...parameters } = hop.conditions
    const made = assumeRole(
      current.world,
      { kind: 'session', accessKeyId: current.session.accessKeyId },
      {
        roleArn: hop.role,
        roleSessionName: parameters.roleSessionName ?? DEFAULT_SESSION_NAME,
        ...(parameters.externalId === undefined ? {} : { externalId: parameters.externalId }),
        ...(parameters.sourceIdentity === undefined
          ? {}
          : { sourceIdentity: parameters.sourceIdentity }),
        ...(tags === undefined || tags.length === 0
          ? {}
          : {
              tags: tags.map((tag) => ({ key: tag.key, value: tag.value })),
              transitiveTagKeys: tags.filter((tag) => tag.transitive).map((tag) => tag.key),
            }),
        ...(context === undefined ? {} : { context }),
      },
    )
    if (made.status !== 'ok') return [`${hop.principal} → ${hop.role}: ${made.error.message}`]
    const session = made.world.sessions.get(made.value.credentials.accessKeyId)
    if (session === undefined) return ['a hop without its session']
    if (session.expiresAt - made.world.now > 3600_000)
      return [`${hop.role}: a chained session lasts more than one hour`]
    current = { ok: true, world: made.world, session }
  }
  return []
}
