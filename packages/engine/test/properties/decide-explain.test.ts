import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePolicySet, decide, evaluate, explain } from '@hatrack/engine'
import { FC_RUNS, FC_TIMEOUT, toPolicySet, worldArbitrary } from '../arbitraries/index.ts'

describe('the fast path and the explained path agree', () => {
  it(
    '`decide(compiled, request)` is always `explain(compiled, request).decision`',
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const compiled = compilePolicySet(toPolicySet(world))
          expect(decide(compiled, world.request)).toBe(explain(compiled, world.request).decision)
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    '`explain` over a compiled set decides as `evaluate` over the same policies',
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const policies = toPolicySet(world)
          const explained = explain(compilePolicySet(policies), world.request)
          const evaluated = evaluate(world.request, policies)
          expect({ decision: explained.decision, gate: explained.gate }).toEqual({
            decision: evaluated.decision,
            gate: evaluated.gate,
          })
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
