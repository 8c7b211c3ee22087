/**
 * Running a model operation on the simulation. Operations of every service (IAM's `Outcome`,
 * Organizations', resources', calls made as a caller) give the new world or an error; on
 * success the simulation takes the new world and spawns the actors of new sessions.
 */
import type { Decision } from '@hatrack/engine'
import type { World } from '@hatrack/model'
import type { ModelError } from './outcome.ts'
import type { ReplayState } from './state.ts'

/** What an operation of any service gives. */
export type RunResult<T> =
  | {
      readonly status: 'ok'
      readonly world: World
      readonly value: T
      readonly decisions?: readonly Decision[]
    }
  | {
      readonly status: 'error'
      readonly error: ModelError
      readonly decisions?: readonly Decision[]
    }

/** Applies `operation` to the current world; the simulation moves on when it succeeds. */
export function run<T>(
  state: ReplayState,
  operation: (world: World) => RunResult<T>,
): RunResult<T> {
  const outcome = operation(state.simulation.snapshot())
  if (outcome.status === 'ok') {
    const world = outcome.world
    state.simulation.run(() => ({ status: 'ok', world, value: undefined, decisions: [] }))
  }
  return outcome
}
