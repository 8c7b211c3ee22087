/**
 * The declared world of a loaded scenario: every entity with its key (the name the scenario uses),
 * its AWS name, its account and, for IAM entities, its ARN. Lists keep the file's order, which is
 * the order the world is built in (ids are drawn in that order).
 */
import type { InlinePolicy, ManagedPolicyRef, PolicyDocument } from './policy.ts'

/** A tag. */
export interface Tag {
  readonly key: string
  readonly value: string
}

/** The kinds of resource Hatrack simulates. */
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

/** An account. */
export interface AccountDecl {
  readonly key: string
  /** 12 digits. */
  readonly id: string
  readonly alias: string | undefined
  readonly rootMfa: boolean
}

/** What IAM entities share. */
export interface EntityDecl {
  /** The entity's name in the scenario (its key). */
  readonly key: string
  /** Its IAM name. */
  readonly name: string
  /** The key of its account. */
  readonly account: string
  readonly accountId: string
  readonly path: string
  readonly arn: string
}

/** An IAM user. */
export interface UserDecl extends EntityDecl {
  /** Keys of its groups. */
  readonly groups: readonly string[]
  readonly policies: readonly ManagedPolicyRef[]
  readonly inline: readonly InlinePolicy[]
  readonly boundary: ManagedPolicyRef | undefined
  readonly tags: readonly Tag[]
  /** A virtual MFA device named after the user. */
  readonly mfa: boolean
  readonly accessKeys: number
}

/** An IAM group. */
export interface GroupDecl extends EntityDecl {
  readonly policies: readonly ManagedPolicyRef[]
  readonly inline: readonly InlinePolicy[]
}

/** An IAM role. */
export interface RoleDecl extends EntityDecl {
  readonly description: string | undefined
  readonly trust: PolicyDocument
  readonly policies: readonly ManagedPolicyRef[]
  readonly inline: readonly InlinePolicy[]
  readonly boundary: ManagedPolicyRef | undefined
  /** Seconds, 3,600 to 43,200. */
  readonly maxSessionDuration: number
  readonly tags: readonly Tag[]
}

/** A customer managed policy. */
export interface CustomerPolicyDecl extends EntityDecl {
  readonly description: string | undefined
  readonly document: PolicyDocument
}

/** A service-linked role. */
export interface ServiceLinkedRoleDecl {
  readonly account: string
  readonly accountId: string
  /** The service principal: `ecs.amazonaws.com`. */
  readonly service: string
  readonly customSuffix: string | undefined
  readonly description: string | undefined
  /** `AWSServiceRoleForECS` (with `_SUFFIX` when given). */
  readonly roleName: string
  readonly arn: string
}

/** An OIDC or SAML identity provider. */
export interface IdentityProviderDecl {
  readonly key: string
  readonly account: string
  readonly accountId: string
  readonly type: 'oidc' | 'saml'
  /** OIDC: the issuer URL, with `https://`. */
  readonly url: string | undefined
  readonly clientIds: readonly string[]
  /** SAML: the provider's name in IAM. */
  readonly name: string
  /** `arn:aws:iam::ACCT:oidc-provider/HOST` or `arn:aws:iam::ACCT:saml-provider/NAME`. */
  readonly arn: string
}

/** A resource. */
export interface ResourceDecl {
  readonly key: string
  readonly type: ResourceType
  readonly account: string
  readonly accountId: string
  /** The name in its service; for an S3 object `BUCKET/KEY`. */
  readonly name: string
  readonly region: string
  readonly policy: PolicyDocument | undefined
  readonly tags: readonly Tag[]
  /** Lambda and CloudFormation: the role (its ARN, and its key when declared). */
  readonly role: { readonly arn: string; readonly key?: string } | undefined
  /** EC2: the key of its instance profile. */
  readonly instanceProfile: string | undefined
}

/** An EC2 instance profile. */
export interface InstanceProfileDecl extends EntityDecl {
  /** The key of its role. */
  readonly role: string | undefined
}

/** An IAM Roles Anywhere trust anchor. */
export interface TrustAnchorDecl {
  readonly key: string
  readonly account: string
  readonly accountId: string
  readonly region: string
  readonly certificateAuthority: string
  readonly enabled: boolean
}

/** An IAM Roles Anywhere profile. */
export interface RolesAnywhereProfileDecl {
  readonly key: string
  readonly account: string
  readonly accountId: string
  readonly region: string
  /** Keys of its roles. */
  readonly roles: readonly string[]
  readonly policies: readonly ManagedPolicyRef[]
  readonly sessionPolicy: PolicyDocument | undefined
  readonly durationSeconds: number
  readonly acceptRoleSessionName: boolean
  readonly enabled: boolean
}

/** A CLI profile. */
export interface CliProfileDecl {
  readonly key: string
  /** Long-term keys: the key of the user. */
  readonly user: string | undefined
  /** The role the profile assumes. */
  readonly role: { readonly arn: string; readonly key?: string } | undefined
  readonly sourceProfile: string | undefined
  readonly roleSessionName: string | undefined
  readonly durationSeconds: number | undefined
  readonly externalId: string | undefined
  /** `true`: the source user's MFA device; or a serial number. */
  readonly mfaSerial: true | string | undefined
  readonly region: string | undefined
}

/** Where an SCP or RCP is attached. */
export type OrganizationTarget =
  | { readonly kind: 'root' }
  | { readonly kind: 'unit'; readonly name: string }
  | { readonly kind: 'account'; readonly account: string; readonly accountId: string }

/** An organizational unit and its nested OUs. */
export interface OrganizationalUnitDecl {
  readonly name: string
  /** Keys of its accounts. */
  readonly accounts: readonly string[]
  readonly units: readonly OrganizationalUnitDecl[]
}

/** An SCP or RCP. */
export interface OrganizationPolicyDecl {
  readonly name: string
  readonly kind: 'scp' | 'rcp'
  readonly description: string | undefined
  readonly document: PolicyDocument
}

/** The organization. */
export interface OrganizationDecl {
  /** The key of the management account. */
  readonly management: string
  readonly managementId: string
  /** Keys of the member accounts (the management account included). */
  readonly members: readonly string[]
  readonly units: readonly OrganizationalUnitDecl[]
  readonly policies: readonly OrganizationPolicyDecl[]
  readonly attachments: readonly { readonly policy: string; readonly target: OrganizationTarget }[]
}
