import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import { FC_RUNS, FC_TIMEOUT, toPolicySet, worldArbitrary } from '../arbitraries/index.ts'
import { GATE_PHRASE } from '../reference/index.ts'

describe('the message names the deciding gate', () => {
  it(
    "every denial's message carries the deciding gate's words (AWS's AccessDenied texts)",
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const decision = evaluate(world.request, toPolicySet(world))
          fc.pre(decision.decision !== 'allowed')
          expect(decision.message).toContain(GATE_PHRASE[decision.gate])
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    "every allow's message names the gate whose statement granted it",
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const decision = evaluate(world.request, toPolicySet(world))
          fc.pre(decision.decision === 'allowed')
          expect(decision.message).toContain(GATE_PHRASE[decision.gate])
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
