/**
 * The words of a decision, for people: what each decision kind and each gate means, with the
 * AWS page it comes from. The documentation's error reference and the web components read them
 * from here, so the explanations are written once.
 */
import type { DecisionKind, GateName } from './types.ts'

export interface DecisionKindInfo {
  readonly title: string
  readonly explanation: string
  readonly source: string
}

const EVALUATION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'

/** The three answers AWS's policy simulator gives, by the names it gives them. */
export const decisionKinds: Readonly<Record<DecisionKind, DecisionKindInfo>> = {
  allowed: {
    title: 'The request is allowed',
    explanation:
      'A statement with `Effect: Allow` matched the request in the policies that can grant it, and every guardrail that applies (SCPs, RCPs, the permissions boundary, session policies) let it through, and no statement anywhere explicitly denied it. The decision names the statement that granted it.',
    source: EVALUATION,
  },
  explicitDeny: {
    title: 'A statement explicitly denies the request',
    explanation:
      'A statement with `Effect: Deny` matched the request. An explicit deny in any applicable policy wins over every allow, wherever it is. The decision names the policy and the statement. (An SCP or RCP that simply does not allow the request is also reported by AWS as an explicit deny.)',
    source: EVALUATION,
  },
  implicitDeny: {
    title: 'Nothing allows the request',
    explanation:
      'No statement denied the request, but one of the gates it had to pass has no statement that allows it: everything is denied by default. The decision names that gate and lists the statements that came closest, with the element that did not match (action, resource, principal or a condition) and the values compared.',
    source: EVALUATION,
  },
}

export interface GateInfo {
  readonly title: string
  /** How AWS's AccessDenied message names this policy type. */
  readonly policyType: string
  readonly explanation: string
  readonly source: string
}

/** The gates of a decision, in AWS's order of evaluation. */
export const gateInfo: Readonly<Record<GateName, GateInfo>> = {
  rcp: {
    title: 'Resource control policies',
    policyType: 'resource control policy',
    explanation:
      "Organization policies attached to the resource's account and the OUs above it. They never grant; every level from the organization root down to the account must allow the request. They apply to resources of member accounts for the services that support them, never to the management account's resources.",
    source:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
  },
  scp: {
    title: 'Service control policies',
    policyType: 'service control policy',
    explanation:
      "Organization policies attached to the caller's account and the OUs above it. They never grant; every level from the root down must allow the request. They limit every principal of a member account, its root user included, but not the management account and not service-linked roles.",
    source:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  },
  resource: {
    title: 'Resource-based policy',
    policyType: 'resource-based policy',
    explanation:
      "The policy attached to the resource itself (a bucket policy, a key policy, a queue policy). In the same account it can grant on its own, depending on whom it names; across accounts both the resource's policy and the caller's identity policy must allow.",
    source: EVALUATION,
  },
  trust: {
    title: 'Role trust policy',
    policyType: 'role trust policy',
    explanation:
      "The resource-based policy of a role: who may assume it. It must name the caller (directly, by its role or by its account); an identity policy alone never lets anyone assume a role. When it names only the account, the caller's identity policy must allow `sts:AssumeRole` too.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
  },
  identity: {
    title: 'Identity-based policies',
    policyType: 'identity-based policy',
    explanation:
      "The caller's own policies: a user's inline and attached policies and those of its groups, or the role's policies for a role session. Unless a resource-based policy grants the request, one of them must allow it.",
    source: EVALUATION,
  },
  boundary: {
    title: 'Permissions boundary',
    policyType: 'permissions boundary',
    explanation:
      "A managed policy set as the caller's maximum permissions. It grants nothing: the request must be allowed by the identity policies and by the boundary.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  },
  session: {
    title: 'Session policies',
    policyType: 'session policy',
    explanation:
      "Policies passed when a session was created (`AssumeRole`'s `Policy` and `PolicyArns`). They grant nothing: a session can do only what both its role and its session policies allow.",
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
  },
}
