/**
 * The engine's inputs and its answer. An access decision is data, with AWS's names, and always
 * carries its explanation (style.md, rules 3 and 9).
 */
import type {
  ContextRecord,
  ContextValue,
  Effect,
  JsonPath,
  Policy,
  PolicyKind,
  PrincipalFacts,
} from '@hatrack/policy'

/** One request, as AWS's authorization sees it. */
export interface AccessRequest {
  /** The caller. Its `accountId` is the trusted account in cross-account logic. */
  readonly principal: RequestPrincipal
  /** `service:Action`, as the caller wrote it (`sts:AssumeRole`). Compared case-insensitively. */
  readonly action: string
  /** The resource ARN, or `*` for actions that take no resource (`iam:ListRoles` on `*`). */
  readonly resource: string
  /**
   * The account that owns the resource. When absent it is read from the resource ARN; an ARN
   * without an account (S3 buckets, `*`) belongs to the caller's account unless this says
   * otherwise.
   */
  readonly resourceAccount?: string
  /** Request-context keys: `aws:SourceIp`, `aws:PrincipalTag/team`, `sts:ExternalId`, … */
  readonly context?: ContextRecord
}

export interface RequestPrincipal extends PrincipalFacts {
  /**
   * For role sessions of a service-linked role: SCPs do not apply to them (iam-facts §7).
   */
  readonly serviceLinkedRole?: boolean
}

/** A parsed policy with the name the explanation shows (`AmazonRDSFullAccess`, `inline:AllowS3`). */
export interface NamedPolicy {
  readonly name: string
  /** The policy's ARN when it has one (managed policies, SCPs). */
  readonly arn?: string
  readonly policy: Policy
}

/**
 * The policies that apply to one request. Absent means "none of this type applies": no
 * organization (no SCP or RCP gate), no boundary, no resource-based policy.
 */
export interface PolicySet {
  /** The caller's identity-based policies: user and group policies, or the role's policies. */
  readonly identity?: readonly NamedPolicy[]
  /**
   * The resource-based policy of the resource, or the role's trust policy when the action is
   * `sts:AssumeRole*` on a role (its `kind` is then `trust`).
   */
  readonly resource?: NamedPolicy
  /** The caller's permissions boundary. */
  readonly boundary?: NamedPolicy
  /**
   * The session policies of a session principal (inline and managed, passed at AssumeRole or
   * GetFederationToken). Absent for a role session means no session policy was passed (no
   * restriction); a federated-user session with none has no permissions.
   */
  readonly session?: readonly NamedPolicy[]
  /**
   * The SCPs on the path from the organization root to the caller's account, one array per
   * level (root, each OU, the account). Every level must allow. Absent when the caller's
   * account is in no organization.
   */
  readonly scps?: readonly (readonly NamedPolicy[])[]
  /** The RCPs on the path from the root to the resource's account, one array per level. */
  readonly rcps?: readonly (readonly NamedPolicy[])[]
  /**
   * The organization's management account: SCPs do not apply to its principals, and RCPs
   * do not apply to its resources.
   */
  readonly managementAccount?: string
}

export type DecisionKind = 'allowed' | 'explicitDeny' | 'implicitDeny'

/** The gates in AWS's order of evaluation (iam-facts §7). */
export type GateName = 'rcp' | 'scp' | 'resource' | 'trust' | 'identity' | 'boundary' | 'session'

export type GateOutcome =
  /** The gate allows the request (or does not restrict it). */
  | 'allow'
  /** A statement of this gate explicitly denies the request. */
  | 'explicitDeny'
  /** No statement of this gate allows the request. */
  | 'implicitDeny'
  /** The gate does not take part (no boundary, the management account, …); `reason` says why. */
  | 'notApplicable'

/** A statement that took part in a decision, pointed to by policy and JSON path. */
export interface StatementRef {
  readonly policy: string
  readonly policyArn?: string
  readonly policyKind: PolicyKind
  readonly sid?: string
  readonly index: number
  readonly path: JsonPath
  readonly effect: Effect
}

/** The element of a statement that did not match, with the values it was compared against. */
export interface Mismatch {
  readonly element: 'action' | 'resource' | 'principal' | 'condition'
  /** The JSON path of the failing element, condition clause included. */
  readonly path: JsonPath
  /** A plain-words account: "`aws:MultiFactorAuthPresent` is `false`, the policy wants `true`". */
  readonly detail: string
  /** For conditions: the operator, the key, the request's value (absent when missing), the resolved policy values. */
  readonly operator?: string
  readonly key?: string
  readonly requestValue?: ContextValue | null
  readonly policyValues?: readonly string[]
}

/** A statement that did not apply, and why: how close it came to allowing the request. */
export interface NearMiss {
  readonly statement: StatementRef
  readonly mismatches: readonly Mismatch[]
}

export interface GateResult {
  readonly gate: GateName
  readonly outcome: GateOutcome
  /** Why the gate does not apply, or a word on how it decided. */
  readonly reason?: string
  /** The statements that allowed or explicitly denied at this gate. */
  readonly matched: readonly StatementRef[]
  /** For an implicit deny: the statements of this gate that came closest, best first. */
  readonly closest: readonly NearMiss[]
  /** For SCPs and RCPs: the level (0 = organization root) at which the gate decided. */
  readonly level?: number
}

/** Something the engine could not evaluate and treated conservatively, never silently. */
export interface NotEvaluated {
  readonly statement: StatementRef
  readonly path: JsonPath
  readonly reason: string
}

export interface Decision {
  readonly decision: DecisionKind
  /** The gate that decided: for an allow, the gate whose statement granted it. */
  readonly gate: GateName
  /** Every gate in AWS's order, with its outcome. */
  readonly gates: readonly GateResult[]
  /** AWS's AccessDenied text for a denial, or a plain sentence saying what allowed the request. */
  readonly message: string
  /** Whether the caller's account and the resource's account differ. */
  readonly crossAccount: boolean
  /** Conditions or operators the engine could not evaluate (iam-facts §19). */
  readonly notEvaluated: readonly NotEvaluated[]
}
