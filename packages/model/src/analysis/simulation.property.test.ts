/**
 * The analysis against the simulation, on generated worlds (issue #3, Tests: "an analysis edge
 * exists exactly when the call succeeds"): for every (principal, role) pair, an edge's call
 * succeeds with its conditions and fails without any one of its requirements; a refused pair's
 * plain call fails at the same gate, and so do calls with the vocabulary's conditions; every
 * chain from a user or a role's sessions replays hop by hop, chained sessions within one hour.
 *
 * Each run analyses a world of up to 14 principals and 5 roles and makes a few hundred STS calls,
 * so this property runs a quarter of HATRACK_FC_RUNS (250 by default).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeAssumeRoles, chainTo, pairStatus } from './index.ts'
import { disagreements } from './testing/agree.ts'
import { buildSpec } from './testing/build-spec.ts'
import { replayChain } from './testing/replay-chain.ts'
import { GITHUB, SPEC_ACCOUNTS, worldSpec } from './testing/world-spec.ts'
import type { AssumeConditions, PrincipalNode } from './types.ts'

const RUNS = Math.max(1, Math.floor(Number(process.env.HATRACK_FC_RUNS ?? 1000) / 4))

/** Calls a refused pair must fail with too: the conditions the generated policies read. */
function triesFor(principal: PrincipalNode): AssumeConditions[] {
  const tag = { key: 'team', value: 'blue', transitive: false }
  const ip = { 'aws:SourceIp': '203.0.113.9' }
  switch (principal.kind) {
    case 'user':
    case 'roleSession': {
      const name = principal.kind === 'user' ? principal.id.split('/').pop() : undefined
      const singles: AssumeConditions[] = [
        { mfa: true },
        { externalId: 'ext-1' },
        { context: ip },
        { tags: [tag] },
        { sourceIdentity: 'alice-1' },
        ...(name === undefined ? [] : [{ roleSessionName: name }]),
      ]
      return [
        ...singles,
        { mfa: true, externalId: 'ext-1' },
        { mfa: true, context: ip },
        { externalId: 'ext-1', context: ip },
        { mfa: true, externalId: 'ext-1', context: ip },
      ]
    }
    case 'service':
      return [{ sourceAccount: SPEC_ACCOUNTS[0] }]
    case 'federated':
      return [
        { claims: { [`${GITHUB}:sub`]: 'repo:example/x', [`${GITHUB}:aud`]: 'sts.amazonaws.com' } },
      ]
    default:
      return []
  }
}

describe('the analysis agrees with the simulation', () => {
  it('an edge exists exactly when the simulated call succeeds; chains replay', () => {
    fc.assert(
      fc.property(worldSpec, (spec) => {
        const world = buildSpec(spec)
        const graph = analyzeAssumeRoles(world)
        const problems: string[] = []
        for (const principal of graph.principals) {
          for (const role of graph.roles) {
            const status = pairStatus(graph, principal.id, role.arn)
            if (status === undefined) throw new Error('a pair of the graph without a status')
            problems.push(
              ...disagreements(world, principal.id, role.arn, status, triesFor(principal)),
            )
          }
          if (principal.kind !== 'user' && principal.kind !== 'roleSession') continue
          for (const role of graph.roles) {
            const chain = chainTo(graph, principal.id, role.arn)
            if (chain !== undefined) problems.push(...replayChain(world, chain))
          }
        }
        expect(problems).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, 600_000)
})
