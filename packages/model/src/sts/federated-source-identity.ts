/**
 * A source identity set by an identity provider (a SAML attribute, an OIDC claim) must be 2–64
 * characters of `[a-zA-Z_0-9+=,.@-]` and not begin with `aws:`; otherwise STS answers
 * `InvalidIdentityToken` `Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin
 * with "aws:"` (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html; the
 * same rule applied to web identity tokens by analogy).
 */
import type { AwsError } from '../operations/types.ts'

const VALID = /^[a-zA-Z_0-9+=,.@-]{2,64}$/

/** The error for an invalid source identity from an identity provider, or `undefined`. */
export function federatedSourceIdentityError(value: string | undefined): AwsError | undefined {
  if (value === undefined || (VALID.test(value) && !value.startsWith('aws:'))) return undefined
  return {
    code: 'InvalidIdentityToken',
    message: 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"',
    httpStatus: 400,
  }
}
