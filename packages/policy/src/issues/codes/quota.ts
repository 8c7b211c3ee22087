/**
 * Issue codes about size quotas.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the size quotas. */
export const quotaIssueCodes = {
  'policy.quota.exceeded': {
    severity: 'error',
    awsError: 'LimitExceeded',
    title: 'The policy is larger than its quota',
    explanation:
      'Each place a policy can live has a size limit: 6,144 characters for a managed policy, 2,048 for a role trust policy (adjustable up to 4,096) and for a session policy, 2,048, 10,240 and 5,120 for all the inline policies of a user, a role and a group together, and 5,120 for an SCP or an RCP. IAM counts characters other than white space; AWS Organizations and STS count every character you send. To fit, remove indentation, merge statements that share actions or resources, use wildcards such as `ec2:Describe*`, or split the policy in two.',
    source: DOCS.quotas,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
