/**
 * The trust-policy index against a brute-force analysis of every pair (issue #3, Budget: "make
 * sure that is exactly what the engine would say"): on generated worlds, the indexed analysis
 * finds the same edges, and gives every pair — stored, shortcut, or outside the index — the same
 * status as the analysis that evaluates every pair in full. And every refused pair's gate is the
 * one the model's own `authorizeAssume` reports with its full explanation (`explainPair`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeAssumeRoles, explainPair, pairStatus } from './index.ts'
import { buildSpec } from './testing/build-spec.ts'
import { worldSpec } from './testing/world-spec.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('the indexed analysis equals the brute-force analysis', () => {
  it('same edges, same status for every pair, gates as the full explanation says', () => {
    fc.assert(
      fc.property(worldSpec, (spec) => {
        const world = buildSpec(spec)
        const indexed = analyzeAssumeRoles(world)
        const brute = analyzeAssumeRoles(world, { index: false })
        const key = (edge: { principal: string; role: string }) => `${edge.principal} ${edge.role}`
        const sorted = (edges: typeof indexed.edges) =>
          [...edges]
            .sort((a, b) => key(a).localeCompare(key(b)))
            .map((edge) => JSON.stringify(edge))
        expect(sorted(indexed.edges)).toEqual(sorted(brute.edges))
        expect(brute.stats.shortcutPairs).toBe(0)
        for (const principal of indexed.principals) {
          for (const role of indexed.roles) {
            const fast = pairStatus(indexed, principal.id, role.arn)
            const full = pairStatus(brute, principal.id, role.arn)
            expect(fast, `${principal.id} → ${role.arn}`).toEqual(full)
            if (full?.status !== 'denied' || full.denial.reason !== 'decision') continue
            const explained = explainPair(world, principal.id, role.arn)
            const last = explained?.decisions.at(-1)
            expect({ decision: last?.decision, gate: last?.gate }).toEqual({
              decision: full.denial.decision,
              gate: full.denial.gate,
            })
          }
        }
      }),
      { numRuns: RUNS },
    )
  }, 600_000)
})
