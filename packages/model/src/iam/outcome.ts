/**
 * Building an operation's {@link Outcome}: the new world and the value, or AWS's error. A
 * failed operation returns no world at all, so nothing of it can be half-applied.
 */
import type { Decision } from '@hatrack/engine'
import type { AwsError, Outcome } from '../operations/types.ts'
import type { World } from '../world/types.ts'

/** The operation succeeded. */
export function succeed<T>(
  world: World,
  value: T,
  decisions: readonly Decision[] = [],
): Outcome<T> {
  return { status: 'ok', world, value, decisions }
}

/** The operation failed with AWS's error. */
export function fail<T>(error: AwsError, decisions: readonly Decision[] = []): Outcome<T> {
  return { status: 'error', error, decisions }
}
