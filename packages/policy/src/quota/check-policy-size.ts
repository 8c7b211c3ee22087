/**
 * Checks a document against a size quota and answers in AWS's words (iam-facts §14, §15).
 */
import type { PolicyKind } from '../ast.ts'
import { createPolicyIssue, type PolicyIssue } from '../issues/issue.ts'
import { createLineIndex } from '../json/position.ts'
import { isJsonWhitespace, nonWhitespaceLength, policyText } from './policy-size.ts'
import {
  policyQuotas,
  quotaExceededMessage,
  type PolicyQuota,
  type PolicyQuotaName,
} from './quotas.ts'

/** The identity an inline policy belongs to, which picks the inline quota. */
export type InlinePolicyHolder = 'user' | 'role' | 'group'

/** Options of {@link checkPolicySize}. */
export interface CheckPolicySizeOptions {
  /** For identity and boundary policies: check the inline quota of this holder, not `PolicySize`. */
  readonly inline?: InlinePolicyHolder | undefined
  /** The user, role or group named in inline-quota messages. */
  readonly entityName?: string | undefined
  /** A raised quota (the role trust policy quota can be raised to 4,096). */
  readonly limit?: number | undefined
}

const INLINE_QUOTA: Readonly<Record<InlinePolicyHolder, PolicyQuotaName>> = {
  user: 'UserPolicySize',
  role: 'RolePolicySize',
  group: 'GroupPolicySize',
}

/**
 * The quota a single document of `kind` is held to, or `undefined` when it has none of its own
 * (resource-based policies: each service sets its own limit, such as 20 KB for S3 buckets).
 */
export function quotaForKind(
  kind: PolicyKind,
  inline?: InlinePolicyHolder,
): PolicyQuota | undefined {
  switch (kind) {
    case 'identity':
    case 'boundary':
      return policyQuotas[inline === undefined ? 'PolicySize' : INLINE_QUOTA[inline]]
    case 'trust':
      return policyQuotas.ACLSizePerRole
    case 'session':
      return policyQuotas.SessionPolicySize
    case 'scp':
      return policyQuotas.ServiceControlPolicySize
    case 'rcp':
      return policyQuotas.ResourceControlPolicySize
    case 'resource':
      return undefined
  }
}

/** How many characters of `text` count against `quota`, and the offset of the first one past `limit`. */
function measure(
  text: string,
  quota: PolicyQuota,
  limit: number,
): { size: number; overflowAt: number } {
  if (quota.counts === 'allCharacters') return { size: text.length, overflowAt: limit }
  const size = nonWhitespaceLength(text)
  if (size <= limit) return { size, overflowAt: text.length }
  // Over the quota (rare): find the first character past the limit, one at a time.
  let counted = 0
  for (let i = 0; i < text.length; i++) {
    if (isJsonWhitespace(text.charCodeAt(i))) continue
    counted++
    if (counted === limit + 1) return { size, overflowAt: i }
  }
  return { size, overflowAt: text.length }
}

/**
 * Checks `input` (text, or a value sent as compact JSON) against `quota`, a quota name or the
 * kind of policy it is. Returns the `policy.quota.exceeded` issue, with AWS's message, or
 * `undefined` when the document fits (or the kind has no quota of its own). For text, the issue
 * points at the first character past the limit.
 */
export function checkPolicySize(
  input: string | unknown,
  quota: PolicyKind | PolicyQuotaName,
  options: CheckPolicySizeOptions = {},
): PolicyIssue | undefined {
  const chosen = Object.hasOwn(policyQuotas, quota)
    ? policyQuotas[quota as PolicyQuotaName]
    : quotaForKind(quota as PolicyKind, options.inline)
  if (chosen === undefined) return undefined
  const text = policyText(input)
  if (text === undefined) return undefined
  const limit = options.limit ?? chosen.limit
  const { size, overflowAt } = measure(text, chosen, limit)
  if (size <= limit) return undefined
  const counted =
    chosen.counts === 'allCharacters' ? 'characters' : 'characters other than white space'
  return createPolicyIssue(
    'policy.quota.exceeded',
    {
      path: [],
      position: typeof input === 'string' ? createLineIndex(text)(overflowAt) : undefined,
    },
    quotaExceededMessage(chosen, limit, options.entityName),
    {
      hint: `the document has ${size} ${counted}, ${size - limit} over the ${chosen.name} quota of ${limit}: remove indentation, merge statements or use wildcards`,
      awsError: chosen.awsError,
    },
  )
}

/**
 * Checks all the inline policies of one user, role or group together against its aggregate
 * quota (`Maximum policy size of 10240 bytes exceeded for role …`).
 */
export function checkInlinePolicySizes(
  documents: readonly (string | unknown)[],
  holder: InlinePolicyHolder,
  options: Omit<CheckPolicySizeOptions, 'inline'> = {},
): PolicyIssue | undefined {
  const quota = policyQuotas[INLINE_QUOTA[holder]]
  const limit = options.limit ?? quota.limit
  let size = 0
  for (const document of documents) {
    const text = policyText(document)
    if (text !== undefined) size += measure(text, quota, limit).size
  }
  if (size <= limit) return undefined
  return createPolicyIssue(
    'policy.quota.exceeded',
    { path: [] },
    quotaExceededMessage(quota, limit, options.entityName),
    {
      hint: `the inline policies of this ${holder} have ${size} characters other than white space together, ${size - limit} over the ${quota.name} quota of ${limit}: move some of them into managed policies`,
      awsError: quota.awsError,
    },
  )
}
