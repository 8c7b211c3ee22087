/**
 * The issues of a policy document and the registry of their codes.
 */
export { createPolicyIssue } from './issue.ts'
export type { IssueLocation, PolicyIssue } from './issue.ts'
export { isPolicyIssueCode, policyIssueCodes } from './registry.ts'
export type { PolicyIssueCode, PolicyIssueCodeEntry } from './registry.ts'
export type { PolicyIssueCodeInfo, PolicyIssueSeverity } from './info.ts'
