import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import {
  FC_RUNS,
  FC_TIMEOUT,
  shuffledWorld,
  toPolicySet,
  worldArbitrary,
  type World,
} from '../arbitraries/index.ts'

const outcome = (world: World) => {
  const { decision, gate } = evaluate(world.request, toPolicySet(world))
  return { decision, gate }
}

const pairs = worldArbitrary.chain((world) =>
  shuffledWorld(world).map((shuffled) => ({ world, shuffled })),
)

describe('order never matters', () => {
  it(
    'permuting statements within policies, policies within gates and organization levels keeps the decision and gate',
    () => {
      fc.assert(
        fc.property(pairs, ({ world, shuffled }) => {
          expect(outcome(shuffled)).toEqual(outcome(world))
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
