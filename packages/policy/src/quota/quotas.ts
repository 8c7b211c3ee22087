/**
 * The size quotas of policy documents (iam-facts §15), with the way AWS counts each one and the
 * words it answers with when a document is too large (iam-facts §14).
 *
 * - IAM quotas count characters other than white space: "IAM does not count white space when
 *   calculating the size of a policy against these limits" (reference_iam-quotas). The names are
 *   those of IAM's errors (`Cannot exceed quota for PolicySize: 6144`, `… ACLSizePerRole: 2048`)
 *   and of `GetAccountSummary` (`UserPolicySizeQuota`, `RolePolicySizeQuota`, `GroupPolicySizeQuota`).
 * - AWS Organizations counts every character of an SCP or RCP: "All characters in your SCP count
 *   against its maximum size … you can delete any white space" (orgs_manage_policies_scps_syntax),
 *   5,120 characters for both (orgs_reference_limits). We count the text as sent through the API;
 *   the console strips white space outside strings before it saves.
 * - STS: "The plaintext that you use for both inline and managed session policies can't exceed
 *   2,048 characters" (API_AssumeRole), a parameter length, so every character counts.
 */

/** The names of the policy size quotas. */
export type PolicyQuotaName =
  | 'PolicySize'
  | 'ACLSizePerRole'
  | 'UserPolicySize'
  | 'RolePolicySize'
  | 'GroupPolicySize'
  | 'SessionPolicySize'
  | 'ServiceControlPolicySize'
  | 'ResourceControlPolicySize'

/** One size quota. */
export interface PolicyQuota {
  readonly name: PolicyQuotaName
  /** The default limit, in characters. */
  readonly limit: number
  /** The highest value the quota can be raised to, when AWS lets you raise it. */
  readonly maximum?: number
  /** `nonWhitespace`: IAM's count. `allCharacters`: every character of the text sent. */
  readonly counts: 'nonWhitespace' | 'allCharacters'
  /** `aggregate`: the limit holds for all inline policies of one identity together. */
  readonly scope: 'document' | 'aggregate'
  /** The error code AWS answers with. */
  readonly awsError: string
  /** What the quota limits, for the docs. */
  readonly description: string
  readonly source: string
}

const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html'
const ORG_LIMITS =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'

/** Every policy size quota, by name. */
export const policyQuotas: Readonly<Record<PolicyQuotaName, PolicyQuota>> = {
  PolicySize: {
    name: 'PolicySize',
    limit: 6144,
    counts: 'nonWhitespace',
    scope: 'document',
    awsError: 'LimitExceeded',
    description: 'A customer managed policy (also when used as a permissions boundary).',
    source: IAM_QUOTAS,
  },
  ACLSizePerRole: {
    name: 'ACLSizePerRole',
    limit: 2048,
    maximum: 4096,
    counts: 'nonWhitespace',
    scope: 'document',
    awsError: 'LimitExceeded',
    description: 'The trust policy of a role ("Role trust policy length", adjustable up to 4,096).',
    source: IAM_QUOTAS,
  },
  UserPolicySize: {
    name: 'UserPolicySize',
    limit: 2048,
    counts: 'nonWhitespace',
    scope: 'aggregate',
    awsError: 'LimitExceeded',
    description: 'All inline policies of one IAM user, together.',
    source: IAM_QUOTAS,
  },
  RolePolicySize: {
    name: 'RolePolicySize',
    limit: 10240,
    counts: 'nonWhitespace',
    scope: 'aggregate',
    awsError: 'LimitExceeded',
    description: 'All inline policies of one role, together.',
    source: IAM_QUOTAS,
  },
  GroupPolicySize: {
    name: 'GroupPolicySize',
    limit: 5120,
    counts: 'nonWhitespace',
    scope: 'aggregate',
    awsError: 'LimitExceeded',
    description: 'All inline policies of one IAM group, together.',
    source: IAM_QUOTAS,
  },
  SessionPolicySize: {
    name: 'SessionPolicySize',
    limit: 2048,
    counts: 'allCharacters',
    scope: 'document',
    awsError: 'ValidationError',
    description:
      'The inline session policy passed to AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity or GetFederationToken.',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
  },
  ServiceControlPolicySize: {
    name: 'ServiceControlPolicySize',
    limit: 5120,
    counts: 'allCharacters',
    scope: 'document',
    awsError: 'ConstraintViolationException',
    description: 'A service control policy of AWS Organizations.',
    source: ORG_LIMITS,
  },
  ResourceControlPolicySize: {
    name: 'ResourceControlPolicySize',
    limit: 5120,
    counts: 'allCharacters',
    scope: 'document',
    awsError: 'ConstraintViolationException',
    description: 'A resource control policy of AWS Organizations.',
    source: ORG_LIMITS,
  },
}

/**
 * AWS's message when a document exceeds `quota` at `limit`. Inline quotas name the identity
 * (`Maximum policy size of 10240 bytes exceeded for role Deploy`); without a name, `<name>`.
 */
export function quotaExceededMessage(
  quota: PolicyQuota,
  limit: number,
  entityName = '<name>',
): string {
  switch (quota.name) {
    case 'PolicySize':
    case 'ACLSizePerRole':
      return `Cannot exceed quota for ${quota.name}: ${limit}`
    case 'UserPolicySize':
      return `Maximum policy size of ${limit} bytes exceeded for user ${entityName}`
    case 'RolePolicySize':
      return `Maximum policy size of ${limit} bytes exceeded for role ${entityName}`
    case 'GroupPolicySize':
      return `Maximum policy size of ${limit} bytes exceeded for group ${entityName}`
    case 'SessionPolicySize':
      return `1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to ${limit}`
    case 'ServiceControlPolicySize':
    case 'ResourceControlPolicySize':
      return 'You attempted to create a policy that is larger than the maximum size.'
  }
}
