/**
 * The world: everything IAM knows at one instant, as plain, immutable data. Operations
 * (IAM changes, STS calls, the clock) take a world and return a new one; nothing here mutates.
 *
 * Entities are stored per account, keyed by their name folded to lower case, because IAM names
 * are unique regardless of case (iam-facts §1). Every entity keeps the name as written.
 */
import type { Policy, PolicyKind } from '@hatrack/policy'

export type AccountId = string
export type Arn = string

/** Epoch milliseconds on the simulated clock. Never read from the wall clock. */
export type Instant = number

export interface Tag {
  readonly key: string
  readonly value: string
}

/**
 * A policy document as IAM stores it: the JSON as saved (for a trust policy, with users and
 * roles replaced by their unique ids, as AWS does) and its parsed form.
 */
export interface StoredPolicy {
  readonly kind: PolicyKind
  /** The document as stored, plain JSON. */
  readonly document: unknown
  readonly policy: Policy
}

export interface World {
  readonly partition: 'aws'
  /** The simulated clock. */
  readonly now: Instant
  /** The state of the seeded generator of ids and secrets; advancing it is part of an operation. */
  readonly seed: number
  readonly accounts: ReadonlyMap<AccountId, Account>
  readonly organization: Organization | undefined
  /** Every STS session ever issued, by access key id (`ASIA…`). */
  readonly sessions: ReadonlyMap<string, Session>
}

export interface Account {
  readonly id: AccountId
  readonly alias: string | undefined
  readonly rootMfa: boolean
  readonly users: ReadonlyMap<string, User>
  readonly groups: ReadonlyMap<string, Group>
  readonly roles: ReadonlyMap<string, Role>
  /** Customer managed policies, by name folded to lower case. */
  readonly policies: ReadonlyMap<string, ManagedPolicy>
  readonly instanceProfiles: ReadonlyMap<string, InstanceProfile>
  /** OIDC providers by their ARN. */
  readonly oidcProviders: ReadonlyMap<Arn, OidcProvider>
  /** SAML providers by their ARN. */
  readonly samlProviders: ReadonlyMap<Arn, SamlProvider>
  /** Resources with their resource-based policies, by ARN. */
  readonly resources: ReadonlyMap<Arn, Resource>
  readonly trustAnchors: ReadonlyMap<Arn, TrustAnchor>
  readonly profiles: ReadonlyMap<Arn, RolesAnywhereProfile>
}

/** What users, groups and roles share: inline and attached managed policies. */
export interface PolicyHolder {
  readonly name: string
  readonly path: string
  readonly arn: Arn
  /** `AIDA…`, `AGPA…`, `AROA…`: new at every creation, so a re-created entity is another. */
  readonly id: string
  readonly accountId: AccountId
  readonly createdAt: Instant
  /** Inline policies by name (names compare case-sensitively, as AWS does). */
  readonly inlinePolicies: ReadonlyMap<string, StoredPolicy>
  /** ARNs of attached managed policies (AWS managed or customer managed). */
  readonly attachedPolicies: readonly Arn[]
}

export interface User extends PolicyHolder {
  readonly kind: 'user'
  /** Names of the groups the user belongs to, as written. */
  readonly groups: readonly string[]
  readonly boundary: Arn | undefined
  readonly tags: readonly Tag[]
  readonly accessKeys: readonly AccessKey[]
  readonly mfaDevices: readonly MfaDevice[]
}

export interface AccessKey {
  /** `AKIA…` */
  readonly id: string
  readonly secret: string
  readonly status: 'Active' | 'Inactive'
  readonly createdAt: Instant
}

export interface MfaDevice {
  /** `arn:aws:iam::ACCT:mfa/NAME` */
  readonly serialNumber: string
  /** The simulated device's current code is derived from the clock; see sts/mfa. */
  readonly seed: string
}

export interface Group extends PolicyHolder {
  readonly kind: 'group'
}

export interface Role extends PolicyHolder {
  readonly kind: 'role'
  readonly trustPolicy: StoredPolicy
  readonly boundary: Arn | undefined
  /** 3,600 to 43,200 seconds. */
  readonly maxSessionDuration: number
  readonly tags: readonly Tag[]
  readonly description: string | undefined
  /** Set for service-linked roles: the service that owns the role. */
  readonly serviceLinked: { readonly service: string } | undefined
}

export interface ManagedPolicy {
  readonly name: string
  readonly path: string
  readonly arn: Arn
  /** `ANPA…` */
  readonly id: string
  readonly description: string | undefined
  readonly defaultVersion: string
  readonly stored: StoredPolicy
  readonly createdAt: Instant
}

export interface InstanceProfile {
  readonly name: string
  readonly path: string
  readonly arn: Arn
  /** `AIPA…` */
  readonly id: string
  /** Names of its roles: at most one (a hard limit, iam-facts §15). */
  readonly roles: readonly string[]
}

export interface OidcProvider {
  readonly arn: Arn
  /** Host and path, no scheme: `token.actions.githubusercontent.com`. */
  readonly url: string
  readonly clientIds: readonly string[]
}

export interface SamlProvider {
  readonly arn: Arn
  readonly name: string
}

/** The kinds of resource Hatrack simulates, each with its ARN form. */
export type ResourceType =
  | 's3:bucket'
  | 's3:object'
  | 'kms:key'
  | 'sqs:queue'
  | 'sns:topic'
  | 'kinesis:stream'
  | 'lambda:function'
  | 'secretsmanager:secret'
  | 'rds:db'
  | 'ec2:instance'
  | 'cloudformation:stack'

export interface Resource {
  readonly type: ResourceType
  readonly arn: Arn
  readonly name: string
  readonly accountId: AccountId
  readonly region: string
  /** The resource-based policy (bucket policy, key policy, queue policy, …), if any. */
  readonly policy: StoredPolicy | undefined
  readonly tags: readonly Tag[]
  /** Lambda functions: the execution role. EC2 instances: the instance profile. CloudFormation stacks: the service role. */
  readonly role: Arn | undefined
}

export interface Organization {
  /** `o-…` */
  readonly id: string
  readonly managementAccount: AccountId
  readonly root: OrganizationalUnit
  /** SCPs and RCPs by id (`p-…`). */
  readonly policies: ReadonlyMap<string, OrganizationPolicy>
  /**
   * Ids of the SCPs and RCPs attached directly to each member account (the root and OUs keep
   * theirs in `OrganizationalUnit.policies`). Absent: none attached to any account.
   */
  readonly accountPolicies?: ReadonlyMap<AccountId, readonly string[]>
}

export interface OrganizationalUnit {
  /** `r-…` for the root, `ou-…` for an OU. */
  readonly id: string
  readonly name: string
  readonly children: readonly OrganizationalUnit[]
  readonly accounts: readonly AccountId[]
  /** Ids of attached SCPs and RCPs. */
  readonly policies: readonly string[]
}

export interface OrganizationPolicy {
  readonly id: string
  readonly name: string
  readonly kind: 'scp' | 'rcp'
  readonly stored: StoredPolicy
}

export interface TrustAnchor {
  readonly arn: Arn
  readonly id: string
  readonly name: string
  /** The certificate authority: its subject, the name certificates are chained to. */
  readonly certificateAuthority: { readonly subject: string }
  readonly enabled: boolean
}

export interface RolesAnywhereProfile {
  readonly arn: Arn
  readonly id: string
  readonly name: string
  readonly roleArns: readonly Arn[]
  readonly managedPolicyArns: readonly Arn[]
  readonly sessionPolicy: StoredPolicy | undefined
  /** 900 to 43,200 seconds; 3,600 by default. */
  readonly durationSeconds: number
  readonly acceptRoleSessionName: boolean
  readonly enabled: boolean
}

/** The STS call that created a session. */
export type SessionSource =
  | 'AssumeRole'
  | 'AssumeRoleWithWebIdentity'
  | 'AssumeRoleWithSAML'
  | 'GetSessionToken'
  | 'GetFederationToken'
  | 'RolesAnywhere'
  | 'ServiceRole'

export interface SessionTag extends Tag {
  readonly transitive: boolean
}

/** Temporary credentials and everything AWS attaches to them. */
export interface Session {
  readonly source: SessionSource
  /** `ASIA…` */
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly issuedAt: Instant
  readonly expiresAt: Instant
  readonly accountId: AccountId
  /** The principal's ARN: `arn:aws:sts::ACCT:assumed-role/ROLE/NAME`, or the user's ARN for GetSessionToken. */
  readonly arn: Arn
  /** `AROA…:name` for role sessions; the user id for GetSessionToken. */
  readonly userId: string
  /** For role sessions. */
  readonly roleArn: Arn | undefined
  readonly sessionName: string | undefined
  /** Session tags (incoming transitive tags included), not the role's own tags. */
  readonly tags: readonly SessionTag[]
  readonly sourceIdentity: string | undefined
  readonly sessionPolicies: readonly StoredPolicy[]
  /** ARNs of managed session policies (`PolicyArns`). */
  readonly sessionPolicyArns: readonly Arn[]
  /** The session whose credentials made the call, for chains. */
  readonly parent: string | undefined
  /** Whether this session came from role chaining (one-hour cap). */
  readonly chained: boolean
  readonly mfaAuthenticated: boolean
  /** For web identity and SAML sessions. */
  readonly federatedProvider: string | undefined
  /** Keys from the identity provider that persist on later requests (`…:aud`, `…:sub`, `saml:sub`). */
  readonly providerKeys: Readonly<Record<string, string | readonly string[]>>
  /**
   * For `ServiceRole` sessions: the service principal that assumed the role
   * (`ec2.amazonaws.com` for an instance profile, whose sessions are not role chaining).
   */
  readonly service?: string
}
