/**
 * Test support: parses an AWS managed policy's document as the identity policy it is.
 *
 * IAM's `PolicySize` quota (6,144 characters other than white space) holds customer managed
 * policies; AWS managed policies are not held to it (the real ReadOnlyAccess is over 100,000
 * characters, and even the abridged ViewOnlyAccess here is 9,372). `parsePolicy` applies the
 * quota to every identity policy and has no option to set it aside yet, so this helper ignores
 * the `policy.quota.exceeded` issue and parses such a document once more under the largest IAM
 * quota, the 10,240 of a role's inline policies. That changes nothing but the size check.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { parsePolicy, type PolicyIssue, type PolicyParseResult } from '@hatrack/policy'
import type { AwsManagedPolicy } from './types.ts'

const QUOTA_EXCEEDED = 'policy.quota.exceeded'

/** True when the only errors of `issues` are IAM's size quota. */
function onlyOverQuota(issues: readonly PolicyIssue[]): boolean {
  const errors = issues.filter((issue) => issue.severity === 'error')
  return errors.length > 0 && errors.every((issue) => issue.code === QUOTA_EXCEEDED)
}

/** Parses `managed.document` as an identity policy, not held to the customer managed policy quota. */
export function parseAwsManagedDocument(managed: AwsManagedPolicy): PolicyParseResult {
  const options = { kind: 'identity', fileName: `${managed.name}.json` } as const
  const result = parsePolicy(managed.document, options)
  if (result.ok || !onlyOverQuota(result.issues)) return result
  return parsePolicy(managed.document, { ...options, inline: 'role' })
}
