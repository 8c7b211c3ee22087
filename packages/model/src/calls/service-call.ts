/**
 * What a call to a service other than IAM returns when a caller makes it: the new world and the
 * value, or the service's error (its own code: `NoSuchBucket`, `AccessDeniedException`, …), with
 * every authorization the call made.
 */
import type { Decision } from '@hatrack/engine'
import type { World } from '../world/types.ts'

/** A service's error, with the decision that refused the call when authorization did. */
export interface ServiceCallError {
  readonly code: string
  readonly message: string
  readonly httpStatus: number
  readonly decision?: Decision
}

/** The outcome of a service call made by a caller. */
export type ServiceCallOutcome<T> =
  | {
      readonly status: 'ok'
      readonly world: World
      readonly value: T
      readonly decisions: readonly Decision[]
    }
  | {
      readonly status: 'error'
      readonly error: ServiceCallError
      readonly decisions: readonly Decision[]
    }
