/**
 * Saving a policy document as IAM does: parse it for its kind, refuse it with
 * `MalformedPolicyDocument` when AWS would, and for trust and resource-based policies apply
 * the unique-id transform (iam-facts §2) to the document and to its parsed form alike, so the
 * engine matches stored ids against the caller's `uniqueId`.
 */
import { parsePolicy, policySize, type PolicyIssue, type PolicyKind } from '@hatrack/policy'
import { awsError, iamErrors } from '../iam/errors.ts'
import type { AwsError } from '../operations/types.ts'
import {
  awsPrincipalEntries,
  mapDocumentPrincipals,
  mapPolicyPrincipals,
} from './principal-entries.ts'
import { storedPrincipal } from './stored-principal.ts'
import type { StoredPolicy, World } from './types.ts'

export type StorePolicyResult =
  | {
      readonly ok: true
      readonly stored: StoredPolicy
      /** The submitted document's size in non-whitespace characters, as IAM's quotas count it. */
      readonly size: number
    }
  | {
      readonly ok: false
      readonly error: AwsError
      /** The parser's issues (empty when the principals were refused). */
      readonly issues: readonly PolicyIssue[]
      /** Whether the document broke its size quota (`policy.quota.exceeded`). */
      readonly tooLarge: boolean
    }

/**
 * Parses `document` (JSON text or a JSON value) as a policy of `kind` and stores it. For an
 * inline policy, `inline` names its holder, so the document alone is held to the holder's
 * inline quota rather than the managed-policy quota (the aggregate is the caller's to check).
 */
export function storePolicy(
  world: World,
  document: string | unknown,
  kind: PolicyKind,
  options: { readonly inline?: 'user' | 'role' | 'group' } = {},
): StorePolicyResult {
  const parsed = parsePolicy(document, {
    kind,
    ...(options.inline ? { inline: options.inline } : {}),
  })
  if (!parsed.ok) {
    const tooLarge = parsed.issues.some((issue) => issue.code === 'policy.quota.exceeded')
    return { ok: false, error: malformed(parsed.issues), issues: parsed.issues, tooLarge }
  }
  const json = jsonValueOf(document)
  if (json === undefined) return { ok: false, error: malformed([]), issues: [], tooLarge: false }
  const size = policySize(document)
  if (kind !== 'trust' && kind !== 'resource') {
    return { ok: true, size, stored: { kind, document: json, policy: parsed.policy } }
  }
  const stored = new Map<string, string>()
  for (const entry of awsPrincipalEntries(parsed.policy)) {
    if (stored.has(entry)) continue
    const value = storedPrincipal(world, entry)
    if (value === undefined) {
      return { ok: false, error: iamErrors.invalidPrincipal(entry), issues: [], tooLarge: false }
    }
    stored.set(entry, value)
  }
  const map = (entry: string): string => stored.get(entry) ?? entry
  return {
    ok: true,
    size,
    stored: {
      kind,
      document: mapDocumentPrincipals(json, map),
      policy: mapPolicyPrincipals(parsed.policy, map),
    },
  }
}

/**
 * AWS's error for the first error the parser found, with the parser's message (AWS's own
 * words where AWS has them) and the code the parser says AWS answers with
 * (`MalformedPolicyDocument`, `LimitExceeded` for a size quota, `ValidationError`).
 */
export function malformed(issues: readonly PolicyIssue[]): AwsError {
  const issue = issues.find((candidate) => candidate.severity === 'error') ?? issues[0]
  const code = issue?.awsError
  const known =
    code === 'LimitExceeded' || code === 'ValidationError' ? code : 'MalformedPolicyDocument'
  return awsError(known, issue?.message ?? 'The policy failed legacy parsing')
}

function jsonValueOf(document: unknown): unknown {
  if (typeof document !== 'string') return document
  try {
    return JSON.parse(document) as unknown
  } catch {
    return undefined
  }
}
