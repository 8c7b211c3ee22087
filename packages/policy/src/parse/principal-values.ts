/**
 * Which strings may stand in a principal map, by principal type (iam-facts §2).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *
 * - `*` stands alone, and only as an `AWS` principal: "You cannot use a wildcard to match part of
 *   a principal name or ARN" (same page; reference_policies_grammar: "you can use * only to
 *   specify everyone/anonymous").
 * - `AWS`: a 12-digit account id; the ARN of an account root, user, role, assumed-role session
 *   or federated user; the unique id IAM shows for a deleted user (`AIDA…`) or role (`AROA…`);
 *   the ARN of a CloudFront origin access identity (S3 bucket policies). Groups cannot be
 *   principals.
 * - `Service`: a service principal host name (`ec2.amazonaws.com`, `eks.amazonaws.com.cn`).
 * - `Federated`: a web identity provider host name (`cognito-identity.amazonaws.com`,
 *   `accounts.google.com`) or the ARN of an IAM SAML or OIDC provider.
 * - `CanonicalUser`: a 64-hex-digit S3 canonical user id.
 *
 * AWS also refuses well-formed principals that do not exist (an unknown service, a deleted
 * role); the document alone cannot tell, so the model checks that when it stores a policy.
 */

/** The keys of a principal map. */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'

/** Why a principal string is refused, and what would fix it. */
export interface PrincipalProblem {
  readonly reason: 'wildcard' | 'invalid'
  readonly hint: string
}

const PARTITION = 'aws(?:-[a-z0-9]+)*'
const ACCOUNT_ID = /^\d{12}$/
const UNIQUE_ID = /^(?:AIDA|AROA)[A-Z0-9]{12,124}$/
const IAM_PRINCIPAL = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(?:root|user/.+|role/.+)$`)
const STS_PRINCIPAL = new RegExp(
  `^arn:${PARTITION}:sts::\\d{12}:(?:assumed-role/[^/]+/[^/]+|federated-user/.+)$`,
)
const CLOUDFRONT_OAI = /^arn:aws:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/
const HOST_NAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/
const IDENTITY_PROVIDER = new RegExp(
  `^arn:${PARTITION}:iam::\\d{12}:(?:saml-provider/.+|oidc-provider/.+)$`,
)
const CANONICAL_USER = /^[0-9a-fA-F]{64}$/

const WILDCARD_HINT: Readonly<Record<PrincipalType, string>> = {
  AWS: 'name the account (`arn:aws:iam::123456789012:root`) and narrow it with a condition such as `"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/deploy-*"}`, or use `"*"` alone for everyone',
  Service: 'name each service principal in full, such as `lambda.amazonaws.com`',
  Federated:
    'name the identity provider in full, such as `arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com`',
  CanonicalUser: 'name the canonical user id in full (64 hexadecimal digits)',
}

/** Why `value` cannot be a principal of `type`, or `undefined` when it can. `*` is judged by the caller. */
export function principalProblem(type: PrincipalType, value: string): PrincipalProblem | undefined {
  if (value.includes('*') || value.includes('?'))
    return { reason: 'wildcard', hint: WILDCARD_HINT[type] }
  switch (type) {
    case 'AWS':
      return awsPrincipalProblem(value)
    case 'Service':
      return HOST_NAME.test(value)
        ? undefined
        : {
            reason: 'invalid',
            hint: 'a service principal is a host name such as `ec2.amazonaws.com`',
          }
    case 'Federated':
      return HOST_NAME.test(value) || IDENTITY_PROVIDER.test(value)
        ? undefined
        : {
            reason: 'invalid',
            hint: 'name a web identity provider (`accounts.google.com`) or the ARN of an IAM SAML or OIDC provider',
          }
    case 'CanonicalUser':
      return CANONICAL_USER.test(value)
        ? undefined
        : { reason: 'invalid', hint: 'a canonical user id is 64 hexadecimal digits' }
  }
}

function awsPrincipalProblem(value: string): PrincipalProblem | undefined {
  if (
    ACCOUNT_ID.test(value) ||
    UNIQUE_ID.test(value) ||
    IAM_PRINCIPAL.test(value) ||
    STS_PRINCIPAL.test(value) ||
    CLOUDFRONT_OAI.test(value)
  ) {
    return undefined
  }
  if (/^arn:[^:]*:iam::\d{12}:group\//.test(value)) {
    return {
      reason: 'invalid',
      hint: 'a group cannot be a principal: name its users, or trust the account and test `aws:PrincipalArn`',
    }
  }
  if (/^arn:[^:]*:iam:[^:]+:/.test(value))
    return {
      reason: 'invalid',
      hint: 'IAM ARNs have no region: `arn:aws:iam::123456789012:role/name`',
    }
  if (/^\d+$/.test(value))
    return {
      reason: 'invalid',
      hint: 'an account id has exactly 12 digits, leading zeros included',
    }
  return {
    reason: 'invalid',
    hint: 'use a 12-digit account id or the ARN of an account root, user, role, assumed-role session or federated user, such as `arn:aws:iam::123456789012:role/Admin`',
  }
}
