/**
 * The AWS errors every signed request can meet before it is authorized: unknown or expired
 * credentials, and the AccessDenied that carries the engine's decision (iam-facts §10, §14).
 */
import type { Decision } from '@hatrack/engine'
import type { AwsError } from '../operations/types.ts'

/**
 * `ExpiredToken`: temporary credentials used after their expiration. HTTP 403 as observed on
 * IAM calls (iam-facts §10, [GH:miquella/vaulted#107], [GH:cfn-sphere/cfn-sphere#55]).
 */
export function expiredToken(): AwsError {
  return {
    code: 'ExpiredToken',
    message: 'The security token included in the request is expired',
    httpStatus: 403,
  }
}

/**
 * `InvalidClientTokenId`: credentials AWS does not know, such as an access key id that was
 * never issued or whose owner is gone (iam-facts §10, wording unconfirmed).
 */
export function invalidClientTokenId(): AwsError {
  return {
    code: 'InvalidClientTokenId',
    message: 'The security token included in the request is invalid.',
    httpStatus: 403,
  }
}

/** `AccessDenied` (HTTP 403) with AWS's message and, when the engine decided, its decision. */
export function accessDenied(message: string, decision?: Decision): AwsError {
  return decision === undefined
    ? { code: 'AccessDenied', message, httpStatus: 403 }
    : { code: 'AccessDenied', message, httpStatus: 403, decision }
}
