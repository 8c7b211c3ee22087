/**
 * What an operation on the world returns. A simulated AWS failure is data with AWS's own code
 * (design.md, Errors); only a broken invariant throws.
 */
import type { Decision } from '@hatrack/engine'
import type { AccountId, World } from '../world/types.ts'

/** AWS's error codes, as the IAM, STS and Roles Anywhere APIs name them (iam-facts §10, §14). */
export type AwsErrorCode =
  | 'AccessDenied'
  | 'ValidationError'
  | 'ExpiredToken'
  | 'InvalidClientTokenId'
  | 'MalformedPolicyDocument'
  | 'PackedPolicyTooLarge'
  | 'NoSuchEntity'
  | 'EntityAlreadyExists'
  | 'UnmodifiableEntity'
  | 'LimitExceeded'
  | 'DeleteConflict'
  | 'InvalidInput'
  | 'PolicyNotAttachable'
  | 'InvalidIdentityToken'
  | 'IDPRejectedClaim'
  | 'ResourceNotFoundException'
  /** STS: a parameter breaks a rule beyond its shape (duplicate or inherited tag keys). */
  | 'InvalidParameterValue'
  /** STS web identity and SAML: the token or assertion has expired. */
  | 'ExpiredTokenException'
  /** IAM Roles Anywhere (REST-JSON API): access denied. */
  | 'AccessDeniedException'
  /** IAM Roles Anywhere (REST-JSON API): a parameter is out of its limits. */
  | 'ValidationException'
  /** A signed API called without credentials. */
  | 'MissingAuthenticationToken'

export interface AwsError {
  readonly code: AwsErrorCode
  /** AWS's message, verbatim where AWS's wording is known. */
  readonly message: string
  readonly httpStatus: number
  /** For `AccessDenied`: the decision that refused the call, gate by gate. */
  readonly decision?: Decision
}

/**
 * Who performs an operation.
 * - `admin`: an administrator's change made outside the simulation, not authorized.
 * - `root`, `user`: long-term credentials of the account's root user or an IAM user.
 * - `session`: temporary credentials, named by their access key id (`ASIA…`).
 * - `service`: a service principal acting directly (`ec2.amazonaws.com`).
 * - `anonymous`: an unsigned request.
 */
export type Caller =
  | { readonly kind: 'admin' }
  | { readonly kind: 'root'; readonly accountId: AccountId }
  | {
      readonly kind: 'user'
      readonly accountId: AccountId
      readonly userName: string
      /** Signed in with MFA (console) or not; long-term access keys carry no MFA context. */
      readonly mfa?: boolean
    }
  | { readonly kind: 'session'; readonly accessKeyId: string }
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'anonymous' }

/** The result of an operation: the new world and the operation's output, or AWS's error. */
export type Outcome<T> =
  | {
      readonly status: 'ok'
      readonly world: World
      readonly value: T
      /** Every authorization the operation made, in order (empty for an administrator's change). */
      readonly decisions: readonly Decision[]
    }
  | {
      readonly status: 'error'
      readonly error: AwsError
      readonly decisions: readonly Decision[]
    }
