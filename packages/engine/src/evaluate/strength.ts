/**
 * What a resource-based grant is worth, by how its `Principal` named the caller (iam-facts §2, §7
 * step 4; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html):
 *
 * - `DIRECT`: the caller's own ARN or unique id (user, role session, federated user), a service,
 *   a federated provider, a canonical user, `*` (and `NotPrincipal` with `Allow`, which grants
 *   everyone it does not list). Within one account this grant needs nothing else: "identity-based
 *   policy types, such as permissions boundaries or session policies, do not limit permissions
 *   granted using the `aws:PrincipalArn` condition key with a wildcard (*) in the Principal
 *   element" (the Principal page, "IAM role principals"). For the root user every naming is direct.
 * - `ROLE`: the role ARN (or role unique id) of a role session: "the effective permissions for the
 *   principal are limited by any policy types that limit permissions for the role. This includes
 *   session policies and permissions boundaries."
 * - `ACCOUNT`: the account id or root ARN delegates to the account, whose identities still need
 *   an identity-based allow.
 */
import type { PrincipalMatch, PrincipalFacts } from '@hatrack/policy'

/** No statement of the resource gate allows the request. */
export const NONE = 0
export const ACCOUNT = 1
export const ROLE = 2
export const DIRECT = 3

/** A grant's strength, `NONE` to `DIRECT`. */
export type Strength = 0 | 1 | 2 | 3

/** The strength of a grant whose principal element matched the caller as `match` says. */
export function strengthOf(
  match: PrincipalMatch,
  caller: PrincipalFacts,
  negated: boolean,
): Strength {
  if (!match.matched) return NONE
  if (negated || caller.kind === 'root') return DIRECT
  return match.via === 'account' ? ACCOUNT : match.via === 'role' ? ROLE : DIRECT
}
