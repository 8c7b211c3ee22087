/**
 * What a resource operation returns. Each service answers with its own error names, which
 * `resource-types.ts` lists per type; a failed operation changes nothing.
 */
import type { World } from '../world/types.ts'
import type { ResourceErrorCode } from './error-codes.ts'

/** A service's error: its code as that service names it, and the message. */
export interface ResourceError {
  readonly code: ResourceErrorCode
  readonly message: string
  readonly httpStatus: number
}

export type ResourceOutcome<T> =
  | { readonly status: 'ok'; readonly world: World; readonly value: T }
  | { readonly status: 'error'; readonly error: ResourceError }
