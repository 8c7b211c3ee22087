/**
 * Test support: parses an AWS managed policy's document as the identity policy it is. AWS
 * managed policies are not held to IAM's size quotas (the real ReadOnlyAccess is over 100,000
 * characters, and even the abridged ViewOnlyAccess here is 9,372), hence `awsManaged`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { parsePolicy, type PolicyParseResult } from '@hatrack/policy'
import type { AwsManagedPolicy } from '../src/managed-policies/types.ts'

/** Parses `managed.document` as an identity policy, not held to the customer managed policy quota. */
export function parseAwsManagedDocument(managed: AwsManagedPolicy): PolicyParseResult {
  return parsePolicy(managed.document, {
    kind: 'identity',
    fileName: `${managed.name}.json`,
    awsManaged: true,
  })
}
