/**
 * What each kind of policy allows, as a table (iam-facts §2, §3, §7, §15). The checks read the
 * table; the few rules that do not fit a table live in `trust.ts` and `rcp.ts`.
 *
 * Decisions, with their sources:
 * - `Principal`: required in resource-based and trust policies, forbidden in identity-based
 *   ones ("It must not be included in identity-based policies", reference_policies_grammar).
 *   Boundaries and session policies are identity-based. SCPs support neither `Principal` nor
 *   `NotPrincipal`; RCPs require `Principal` (orgs_manage_policies_scps_syntax, …_rcps_syntax).
 * - `NotPrincipal`: "You cannot use the NotPrincipal element in an IAM identity-based policy nor
 *   in an IAM role trust policy"; "Service control policies (SCPs) and resource control policies
 *   (RCPs) don't support the NotPrincipal element" (reference_policies_elements_notprincipal).
 * - `Id`: "allowed in resource-based policies, but not in identity-based policies"
 *   (reference_policies_grammar); IAM's console refuses it in a user policy
 *   (github.com/dlapiduz/certbot-s3front/pull/27). The Organizations pages do not list it: a
 *   warning there.
 * - `Sid`: "For IAM policies, basic alphanumeric characters (A-Z,a-z,0-9) are the only allowed
 *   characters … Other AWS services that support resource policies may have other
 *   requirements" (reference_policies_grammar): checked everywhere but in resource policies.
 *   IAM Access Analyzer applies the same rule to SCPs (github.com/awsdocs/iam-user-guide#282).
 * - SCPs since September 2025 support the full IAM language in `Allow` statements too
 *   (conditions, resource ARNs, `NotAction`, `NotResource`, wildcards anywhere in actions):
 *   https://aws.amazon.com/blogs/security/unlock-new-possibilities-aws-organizations-service-control-policy-now-supports-full-iam-language
 * - RCPs list `Version`, `Statement`, `Sid`, `Effect`, `Principal`, `Action`, `Resource`,
 *   `NotResource` and `Condition` (orgs_manage_policies_rcps_syntax): no `NotAction`.
 */
import type { PolicyKind } from '../../ast.ts'

/** The element rules of one kind of policy. */
export interface KindRules {
  /** A learner's name for the kind: "an identity-based policy". */
  readonly name: string
  readonly principal: 'required' | 'forbidden'
  readonly notPrincipal: 'allowed' | 'forbidden'
  readonly notAction: 'allowed' | 'forbidden'
  readonly resource: 'required' | 'forbidden'
  readonly id: 'allowed' | 'forbidden' | 'undocumented'
  /** Whether `Sid` is limited to `[A-Za-z0-9]`. */
  readonly sidAlphanumeric: boolean
  /** Whether a repeated `Sid` is an error (IAM) or a warning (services that may accept it). */
  readonly duplicateSid: 'error' | 'warning'
  /** Whether AWS documents `"Version": "2012-10-17"` as required. */
  readonly versionRequired: boolean
}

const identityBased = {
  principal: 'forbidden',
  notPrincipal: 'forbidden',
  notAction: 'allowed',
  resource: 'required',
  id: 'forbidden',
  sidAlphanumeric: true,
  duplicateSid: 'error',
  versionRequired: false,
} as const

/** The rules of every kind of policy. */
export const kindRules: Readonly<Record<PolicyKind, KindRules>> = {
  identity: { name: 'an identity-based policy', ...identityBased },
  boundary: { name: 'a permissions boundary', ...identityBased },
  session: { name: 'a session policy', ...identityBased },
  resource: {
    name: 'a resource-based policy',
    principal: 'required',
    notPrincipal: 'allowed',
    notAction: 'allowed',
    resource: 'required',
    id: 'allowed',
    sidAlphanumeric: false,
    duplicateSid: 'warning',
    versionRequired: false,
  },
  trust: {
    name: 'a role trust policy',
    principal: 'required',
    notPrincipal: 'forbidden',
    notAction: 'allowed',
    resource: 'forbidden',
    id: 'allowed',
    sidAlphanumeric: true,
    duplicateSid: 'error',
    versionRequired: false,
  },
  scp: {
    name: 'a service control policy',
    principal: 'forbidden',
    notPrincipal: 'forbidden',
    notAction: 'allowed',
    resource: 'required',
    id: 'undocumented',
    sidAlphanumeric: true,
    duplicateSid: 'error',
    versionRequired: true,
  },
  rcp: {
    name: 'a resource control policy',
    principal: 'required',
    notPrincipal: 'forbidden',
    notAction: 'forbidden',
    resource: 'required',
    id: 'undocumented',
    sidAlphanumeric: true,
    duplicateSid: 'error',
    versionRequired: true,
  },
}
