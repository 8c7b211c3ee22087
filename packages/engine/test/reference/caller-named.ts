/**
 * How a `Principal` element of a resource-based policy names the caller. Written from the
 * Principal page, independently of `matchPrincipal`, because what a grant is worth depends on
 * which of the caller's names the policy used (iam-facts §2, §7 step 4):
 *
 * - the caller's own ARN (user, role session, federated user) or `*`: a direct grant;
 * - the role ARN of a role session (or the role's unique id): a grant limited by the session's
 *   permissions boundary and session policies;
 * - the account (12 digits or `arn:aws:iam::ACCT:root`): a delegation to the account, whose
 *   identities still need an identity-based allow (the root user has it by nature);
 * - `Service` for a service caller; `Federated` for the unsigned caller of
 *   `AssumeRoleWithWebIdentity` / `AssumeRoleWithSAML` (an anonymous caller carrying its
 *   identity provider, types.ts `PrincipalFacts.federatedProvider`): direct grants.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { PrincipalElement, PrincipalFacts } from '@hatrack/policy'

/** The ways a principal element can name a caller, strongest grant first. */
export type NamedAs = 'wildcard' | 'self' | 'service' | 'federated' | 'role' | 'account'

/** Every way `element` (a `Principal`, not a `NotPrincipal`) names `caller`; empty when it does not. */
export function namesOfCaller(element: PrincipalElement, caller: PrincipalFacts): NamedAs[] {
  const names: NamedAs[] = []
  if (element.wildcard || element.aws.includes('*')) names.push('wildcard')
  if (caller.kind === 'service') {
    if (caller.service !== undefined && element.service.includes(caller.service))
      names.push('service')
    return names
  }
  if (caller.kind === 'anonymous') {
    const provider = caller.federatedProvider
    if (provider !== undefined && element.federated.includes(provider)) names.push('federated')
    return names
  }

  const listed = (value: string | undefined): boolean =>
    value !== undefined && element.aws.includes(value)

  if (caller.kind !== 'root' && listed(caller.arn)) names.push('self')
  if (caller.kind === 'user' && listed(caller.uniqueId)) names.push('self')
  if (caller.kind === 'assumedRole' && (listed(caller.roleArn) || listed(caller.uniqueId))) {
    names.push('role')
  }
  // For the root user the account is its own name: "the root user in a trusted account has all
  // permissions granted to the account" (iam-facts §2; id_roles_compare-resource-policies).
  const account = caller.accountId
  if (account !== undefined && (listed(account) || listed(`arn:aws:iam::${account}:root`))) {
    names.push(caller.kind === 'root' ? 'self' : 'account')
  }
  return names
}

/**
 * Whether `NotPrincipal` leaves the caller out, i.e. applies to it. AWS warns that it may check
 * the account, then the role, then the session, and deny the whole account unless each is listed
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html):
 * the caller is excepted only when every layer of it is listed. The same page: a `Deny` with
 * `NotPrincipal` "will always deny IAM principals that have a permissions boundary policy
 * attached, regardless of the values specified in the NotPrincipal element".
 */
export function notPrincipalApplies(
  element: PrincipalElement,
  caller: PrincipalFacts,
  hasBoundary: boolean,
): boolean {
  if (element.wildcard || element.aws.includes('*')) return false
  if (hasBoundary) return true
  const listed = (value: string | undefined): boolean =>
    value !== undefined && element.aws.includes(value)
  switch (caller.kind) {
    case 'service':
      return caller.service === undefined || !element.service.includes(caller.service)
    case 'anonymous':
      return true
    default: {
      const account = caller.accountId
      const accountListed =
        account !== undefined && (listed(account) || listed(`arn:aws:iam::${account}:root`))
      if (!accountListed) return true
      if (caller.kind === 'root') return false
      if (caller.kind === 'assumedRole' && !(listed(caller.roleArn) || listed(caller.uniqueId))) {
        return true
      }
      return !(listed(caller.arn) || (caller.kind === 'user' && listed(caller.uniqueId)))
    }
  }
}
