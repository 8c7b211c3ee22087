/**
 * Classifying a condition key: what it is about (MFA, external id, source IP, tags, source
 * identity, time, provider claims, session name, facts of the principal, other) and whether the
 * caller supplies it with its call or the world decides it (iam-facts §6;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html).
 */
import type { AnalysisPrincipalKind, ConditionKind } from './types.ts'

/**
 * Keys a signed request may carry that AWS does not derive from the credentials: what a
 * caller can choose by how and where it calls (its network, its client, the region it calls).
 */
export const REQUEST_KEYS: ReadonlySet<string> = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:vpcsourceip',
  'aws:useragent',
  'aws:referer',
  'aws:requestedregion',
])

const PRINCIPAL_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltype',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:userid',
  'aws:username',
  'aws:federatedprovider',
])

const CLAIM = /^(?!aws:|sts:|iam:)[^:]+(?::[^:]+)*:(aud|sub|amr|oaud|app_id|user_id|id)$/

/** What `key` is about, and whether a caller of kind `caller` supplies it. */
export function classifyKey(
  key: string,
  caller: AnalysisPrincipalKind,
): { readonly kind: ConditionKind; readonly callerSupplied: boolean } {
  const lower = key.toLowerCase()
  const iam = caller === 'user' || caller === 'roleSession' || caller === 'externalAccount'
  if (lower === 'aws:multifactorauthpresent' || lower === 'aws:multifactorauthage')
    return { kind: 'mfa', callerSupplied: iam }
  if (lower === 'sts:externalid') return { kind: 'externalId', callerSupplied: iam }
  if (lower === 'aws:sourceip' || lower === 'aws:vpcsourceip')
    return { kind: 'sourceIp', callerSupplied: caller !== 'service' }
  if (
    lower === 'aws:tagkeys' ||
    lower === 'sts:transitivetagkeys' ||
    lower.startsWith('aws:requesttag/')
  )
    return { kind: 'tag', callerSupplied: iam }
  if (lower.startsWith('aws:principaltag/') || lower.startsWith('aws:resourcetag/'))
    return { kind: 'tag', callerSupplied: false }
  if (lower === 'sts:sourceidentity') return { kind: 'sourceIdentity', callerSupplied: iam }
  if (lower === 'aws:sourceidentity') return { kind: 'sourceIdentity', callerSupplied: false }
  if (lower === 'aws:currenttime' || lower === 'aws:epochtime' || lower === 'aws:tokenissuetime')
    return { kind: 'time', callerSupplied: false }
  if (lower === 'sts:rolesessionname')
    return { kind: 'sessionName', callerSupplied: caller !== 'service' }
  if (lower.startsWith('saml:') || CLAIM.test(lower))
    return { kind: 'providerClaim', callerSupplied: caller === 'federated' }
  if (PRINCIPAL_KEYS.has(lower)) return { kind: 'principal', callerSupplied: false }
  if (lower === 'aws:sourcearn' || lower === 'aws:sourceaccount')
    return { kind: 'other', callerSupplied: caller === 'service' }
  return { kind: 'other', callerSupplied: REQUEST_KEYS.has(lower) && caller !== 'service' }
}
