/**
 * What `GetSessionToken` credentials may not do (iam-facts §10,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html): "You cannot
 * call any IAM API operations unless MFA authentication information is included in the
 * request" — AWS answers `InvalidClientTokenId` ([GH:99designs/aws-vault#15],
 * [GH:99designs/aws-vault#1056], IAM's body has no final period, [GH:aws/aws-cli#8918]); and
 * "You cannot call any AWS STS API except AssumeRole or GetCallerIdentity".
 */
import type { AwsError } from '../operations/types.ts'
import { accessDenied } from './errors.ts'
import type { ResolvedCaller } from './types.ts'

/** The error that stops `action` with the caller's credentials, or `undefined`. */
export function credentialLimitError(caller: ResolvedCaller, action: string): AwsError | undefined {
  const session = caller.session
  if (session?.source !== 'GetSessionToken') return undefined
  const [service = '', name = ''] = action.toLowerCase().split(':')
  if (service === 'iam' && !session.mfaAuthenticated) {
    return {
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid',
      httpStatus: 403,
    }
  }
  if (
    service === 'sts' &&
    name !== 'assumerole' &&
    name !== 'getcalleridentity' &&
    name !== 'tagsession' &&
    name !== 'setsourceidentity'
  ) {
    // Our wording, after AWS's `Cannot call GetSessionToken with session credentials`.
    return accessDenied(
      `Cannot call ${action.slice(action.indexOf(':') + 1)} with session credentials`,
    )
  }
  return undefined
}
