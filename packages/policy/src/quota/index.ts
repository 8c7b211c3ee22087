/**
 * Policy size as AWS counts it, the size quotas, and the checks that answer in AWS's words.
 */
export { isJsonWhitespace, policySize, policyText } from './policy-size.ts'
export { policyQuotas, quotaExceededMessage } from './quotas.ts'
export type { PolicyQuota, PolicyQuotaName } from './quotas.ts'
export { checkInlinePolicySizes, checkPolicySize, quotaForKind } from './check-policy-size.ts'
export type { CheckPolicySizeOptions, InlinePolicyHolder } from './check-policy-size.ts'
