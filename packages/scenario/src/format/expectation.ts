/** What a step should give, checked by the replay. */
import type { DecisionKind, GateName } from '@hatrack/engine'

/** An expectation; every key given must hold. */
export interface Expectation {
  readonly decision?: DecisionKind
  /** The gate that decided. */
  readonly gate?: GateName
  /** AWS's error code: `AccessDenied`, `ExpiredToken`, … */
  readonly error?: string
  /** Text AWS's message contains. */
  readonly message?: string
  /** Sessions that must have expired after the step. */
  readonly expired?: readonly string[]
  /** Sessions that must still be active after the step. */
  readonly active?: readonly string[]
  /** Parts of the call's output that must match (camelCase names; a subset of the output). */
  readonly output?: Readonly<Record<string, unknown>>
}
