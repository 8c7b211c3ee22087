/**
 * What STS calls return ([STS-API] Credentials, AssumedRoleUser; iam-facts §10). Every call also
 * records its session in the world (`world.sessions`), keyed by the access key id.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { Instant, Tag } from '../world/types.ts'

/** Temporary credentials. */
export interface Credentials {
  /** `ASIA…` */
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly expiration: Instant
}

/** The assumed-role identity of a role session. */
export interface AssumedRoleUser {
  /** `AROA…:SESSION-NAME` */
  readonly assumedRoleId: string
  /** `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION-NAME` */
  readonly arn: string
}

/** What every `AssumeRole*` call returns. */
export interface AssumeRoleOutput {
  readonly credentials: Credentials
  readonly assumedRoleUser: AssumedRoleUser
  /** How full the packed space of session policies and tags is, in percent. */
  readonly packedPolicySize: number
  readonly sourceIdentity: string | undefined
}

/** The parameters of `AssumeRole`, with AWS's names in camelCase. */
export interface AssumeRoleInput {
  readonly roleArn: string
  readonly roleSessionName: string
  /** 900–43,200; 3,600 by default. */
  readonly durationSeconds?: number
  readonly externalId?: string
  /** An inline session policy, as JSON text. */
  readonly policy?: string
  /** Managed session policies: up to 10 ARNs. */
  readonly policyArns?: readonly string[]
  readonly tags?: readonly Tag[]
  readonly transitiveTagKeys?: readonly string[]
  readonly sourceIdentity?: string
  readonly serialNumber?: string
  readonly tokenCode?: string
  /** What the request carries besides its parameters: `aws:SourceIp`, … */
  readonly context?: ContextRecord
}
