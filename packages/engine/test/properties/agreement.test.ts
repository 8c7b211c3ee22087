import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import { FC_RUNS, FC_TIMEOUT, toPolicySet, worldArbitrary } from '../arbitraries/index.ts'
import { evaluateReference } from '../reference/index.ts'

describe('the engine agrees with the reference evaluator', () => {
  it(
    '`evaluate` gives the reference decision and gate on generated worlds',
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const policies = toPolicySet(world)
          const actual = evaluate(world.request, policies)
          expect({ decision: actual.decision, gate: actual.gate }).toEqual(
            evaluateReference(world.request, policies),
          )
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
