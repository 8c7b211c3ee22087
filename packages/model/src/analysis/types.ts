/**
 * The who-can-assume analysis as data (issue #3, "The analysis"; iam-facts §2, §7–13): every
 * principal of a world, every role, the direct edges (principal → role) with the statements that
 * allow them and the conditions they depend on, and for the pairs that cannot, the gate that says
 * no. Chains (role sessions assuming further roles) are kept as BFS tables; `chainTo` reads one.
 */
import type { GateName, StatementRef } from '@hatrack/engine'
import type { ContextValue } from '@hatrack/policy'
import type { AwsErrorCode } from '../operations/types.ts'
import type { SessionTag } from '../world/types.ts'

/** What kind of caller a principal of the analysis is. */
export type AnalysisPrincipalKind =
  /** An IAM user, with its long-term credentials (and MFA when it signs in with it). */
  | 'user'
  /** The sessions of an IAM role, assuming another role: role chaining. */
  | 'roleSession'
  /** An account's root user, which cannot assume roles (iam-facts §2). */
  | 'root'
  /** A service principal named in a trust policy (`ec2.amazonaws.com`). */
  | 'service'
  /** An OIDC or SAML identity provider named in a trust policy (`Principal.Federated`). */
  | 'federated'
  /** An account outside the world named in a trust policy: any of its principals. */
  | 'externalAccount'

/** The STS call a principal makes to assume a role. */
export type AssumeAction =
  'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML'

/** A principal of the analysis. */
export interface PrincipalNode {
  /**
   * Its id in the graph: a user's ARN, a role's ARN (for its sessions), a root ARN, a service
   * principal, a provider (ARN or well-known name), or an external account id.
   */
  readonly id: string
  readonly kind: AnalysisPrincipalKind
  /** A short label for a graph: `user alice (111111111111)`. */
  readonly label: string
  readonly accountId: string | undefined
  /** `AIDA…` for users, the role's `AROA…` for role sessions. */
  readonly uniqueId?: string
  readonly action: AssumeAction
  /** Why this principal can assume no role at all: the root user, an unknown provider. */
  readonly cannotAssume?: { readonly code: AwsErrorCode; readonly message: string }
  /** For users: whether they have an MFA device, so that their sessions can carry MFA. */
  readonly mfaDevice?: boolean
}

/** A role of the analysis. */
export interface RoleNode {
  readonly arn: string
  /** `AROA…` */
  readonly id: string
  readonly accountId: string
  readonly name: string
  readonly label: string
  readonly maxSessionDuration: number
  readonly serviceLinked: boolean
  /**
   * Unique ids in the trust policy that name no live user or role: a principal deleted since
   * (and perhaps re-created under the same name, which does not match; iam-facts §2).
   */
  readonly danglingPrincipals: readonly string[]
}

/**
 * How a condition is classified: who sets its key and what the learner must do about it.
 * `sessionName` (`sts:RoleSessionName`) and `principal` (`aws:PrincipalOrgID`, `aws:PrincipalArn`,
 * …: facts of the caller) refine the issue's `other`.
 */
export type ConditionKind =
  | 'mfa'
  | 'externalId'
  | 'sourceIp'
  | 'tag'
  | 'sourceIdentity'
  | 'time'
  | 'providerClaim'
  | 'sessionName'
  | 'principal'
  | 'other'

/**
 * What a caller supplies with its call: the conditions it controls. Absent members take their
 * defaults (no MFA, no external id, session name `hatrack`, no tags, no source identity, the
 * provider's neutral claims).
 */
export interface AssumeConditions {
  /**
   * Users: sign the call with MFA (`SerialNumber` and `TokenCode`, or a console sign-in with
   * MFA). Role sessions: the calling session was itself issued with MFA.
   */
  readonly mfa?: boolean
  readonly externalId?: string
  readonly roleSessionName?: string
  readonly sourceIdentity?: string
  /** Session tags, `transitive` for `TransitiveTagKeys`. */
  readonly tags?: readonly SessionTag[]
  /** Keys the request carries: `aws:SourceIp`, `aws:SourceVpc`, `aws:UserAgent`, … */
  readonly context?: Readonly<Record<string, ContextValue>>
  /** Federated calls: the token's or assertion's claims, by condition key (`…:sub`, `saml:aud`). */
  readonly claims?: Readonly<Record<string, ContextValue>>
  /** Services: the resource the service acts for (`aws:SourceArn`) and its account. */
  readonly sourceArn?: string
  readonly sourceAccount?: string
}

/** One thing the call must carry, without which it fails. */
export interface Requirement {
  readonly kind: ConditionKind
  /** The condition key (`aws:MultiFactorAuthPresent`, `sts:ExternalId`, `aws:SourceIp`, …). */
  readonly key: string
  readonly value: ContextValue
  /** In plain words: "sign in with MFA", "pass ExternalId `abc`". */
  readonly description: string
}

/** A condition of a statement that allows the edge, classified. */
export interface EdgeCondition {
  readonly kind: ConditionKind
  readonly key: string
  readonly operator: string
  readonly values: readonly string[]
  readonly statement: StatementRef
  /** Whether the caller supplies the key with its call, or the world decides it (tags, org, clock). */
  readonly callerSupplied: boolean
  /** What is needed, in plain words: "`sts:ExternalId` equal to `abc`". */
  readonly needed: string
}

/** A direct edge: the principal can assume the role, under `requires`. */
export interface AssumeEdge {
  readonly principal: string
  readonly role: string
  readonly action: AssumeAction
  /** The trust policy statements that allow the call. */
  readonly trust: readonly StatementRef[]
  /** The caller's identity-based statements that allow it, when the identity side is needed. */
  readonly identity: readonly StatementRef[]
  /** Across accounts always; in one account when the trust names only the account (iam-facts §9). */
  readonly identityNeeded: boolean
  readonly crossAccount: boolean
  /** A call that succeeds. */
  readonly conditions: AssumeConditions
  /** Each part of `conditions` the call cannot do without. Empty: the plain call succeeds. */
  readonly requires: readonly Requirement[]
  /** Every condition of the allowing statements, classified. */
  readonly dependsOn: readonly EdgeCondition[]
  /** For role sessions: which MFA state of the calling session the hop works in. */
  readonly callerMfa: 'any' | 'required' | 'forbidden'
  /** Whether this hop can issue a session that carries MFA (a user with an MFA device). */
  readonly issuesMfaSession: boolean
  /** One line: "trust names the user; MFA required". */
  readonly reason: string
}

/** Why a pair cannot assume. */
export type Denial =
  | {
      readonly reason: 'decision'
      readonly decision: 'explicitDeny' | 'implicitDeny'
      /** The gate that says no, from the engine's decision for the plain call. */
      readonly gate: GateName
    }
  | { readonly reason: 'error'; readonly code: AwsErrorCode; readonly message: string }

/** A pair's status. */
export type PairStatus =
  | { readonly status: 'edge'; readonly edge: AssumeEdge }
  | { readonly status: 'denied'; readonly denial: Denial }

/** One principal's denied pairs that were evaluated, compactly: role indices and codes. */
export interface DenialTable {
  readonly roles: Int32Array
  /** `denialCode` values, see `denial-codes.ts`. */
  readonly codes: Uint8Array
}

/**
 * One principal's BFS over session edges: every state it reaches (a role, and whether the
 * session carries MFA), each with the previous state on its shortest path. A role's first entry
 * is its shortest path.
 */
export interface ChainTable {
  /** Role indices in BFS order. */
  readonly roles: Int32Array
  /** Hops to reach each role (1 = direct). */
  readonly depth: Uint16Array
  /** Position in `roles` of the previous role on the path, -1 for a direct edge. */
  readonly previous: Int32Array
  /** Whether the session at this step carries MFA (only a first hop can). */
  readonly mfa: Uint8Array
}

/** A path from a principal to a role, shortest first. */
export interface AssumeChain {
  readonly principal: string
  readonly role: string
  /** Each hop's edge: the first from the principal, then from each role's sessions. */
  readonly hops: readonly AssumeEdge[]
  /** Whether the last session comes from role chaining (a second hop, or a role's sessions as principal). */
  readonly chained: boolean
  /** The longest session the last hop can ask for: 3,600 seconds once chained. */
  readonly maxSessionSeconds: number
  /** A sentence on the path: "chained: the last session lasts at most 1 hour (role chaining)". */
  readonly note: string
  /** Whether the first hop must sign with MFA so that a later hop's MFA condition holds. */
  readonly firstHopMfa: boolean
}

/** How the analysis runs. */
export interface AnalysisOptions {
  /**
   * `false` evaluates every (principal, role) pair in full, without the trust-policy index or
   * shortcuts: the brute-force reference the tests compare the index with.
   */
  readonly index?: boolean
  /** Compute chains (default `true`). */
  readonly chains?: boolean
}

/** The result of `analyzeAssumeRoles`. */
export interface AssumeGraph {
  /** The world's clock when analysed. */
  readonly at: number
  readonly principals: readonly PrincipalNode[]
  readonly roles: readonly RoleNode[]
  readonly edges: readonly AssumeEdge[]
  /** Evaluated pairs that cannot assume, by principal id. */
  readonly denials: ReadonlyMap<string, DenialTable>
  /** Pair errors outside the engine (an OIDC token no provider accepts), by `principal\nrole`. */
  readonly errors: ReadonlyMap<string, { readonly code: AwsErrorCode; readonly message: string }>
  /**
   * Principals whose pairs outside the index are decided on demand, because something might
   * refuse them before the trust policy is read: their own side (SCPs, identity or boundary
   * denies of `sts:AssumeRole`), or STS itself (an IAM OIDC provider's token presented for a
   * role of another account, read with that account's provider).
   */
  readonly callerMayDeny: ReadonlySet<string>
  /** Roles whose account's RCPs might refuse the call first: the same. */
  readonly rcpMayDeny: ReadonlySet<string>
  /** BFS tables by principal id (absent when chains were not computed). */
  readonly chains: ReadonlyMap<string, ChainTable>
  /** Analysis statistics: pairs evaluated in full, pairs decided by a shortcut, and so on. */
  readonly stats: AnalysisStats
}

/** Counts that say how much work the analysis did. */
export interface AnalysisStats {
  readonly principals: number
  readonly roles: number
  /** Pairs whose trust policy could name the principal (every pair without the index). */
  readonly candidatePairs: number
  /** Candidate pairs analysed in full (`analysePair`). */
  readonly evaluatedPairs: number
  /** Candidate pairs refused by the identity shortcut, without a search. */
  readonly shortcutPairs: number
  /** Evaluated pairs whose plain call failed and that searched for conditions. */
  readonly witnessSearches: number
  /** Pairs whose outcome was that of a principal the analysis cannot tell apart (`profiles.ts`). */
  readonly sharedPairs: number
  readonly edges: number
}
