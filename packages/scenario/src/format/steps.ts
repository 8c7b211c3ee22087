/**
 * The steps of a loaded scenario: each with its index, id, place in the file, narration and
 * expectation, and one action whose names are resolved (callers, roles, policies, sessions).
 */
import type { ContextRecord, JsonPath } from '@hatrack/policy'
import type { SourceLocation } from '../load/source/locator.ts'
import type { CallerRef, RoleRef } from './caller.ts'
import type { ChangeOperation, ResourceTarget } from './change.ts'
import type { Checkpoint } from './checkpoint.ts'
import type { Expectation } from './expectation.ts'
import type { ManagedPolicyRef, PolicyDocument } from './policy.ts'
import type { Tag } from './world.ts'

/** What every step has. */
export interface StepBase {
  /** 0-based position on the timeline. */
  readonly index: number
  /** The `id` given, or `step-N` (1-based). */
  readonly id: string
  /** `['steps', index]` in the merged scenario. */
  readonly path: JsonPath
  /** Where the step starts in its file. */
  readonly location: SourceLocation
  /** A chapter that starts at this step. */
  readonly chapter?: string
  /** Narration, Markdown. */
  readonly say?: string
  readonly expect?: Expectation
  /** A prediction question asked before the step runs. */
  readonly checkpoint?: Checkpoint
}

/** Session policies a call passes. */
export interface SessionPolicies {
  readonly policy?: PolicyDocument
  readonly policyArns?: readonly ManagedPolicyRef[]
}

/** STS `AssumeRole`. */
export interface AssumeRoleStep {
  readonly kind: 'assumeRole'
  readonly caller: CallerRef
  readonly role: RoleRef
  /** The name later steps use for the session. */
  readonly session: string
  readonly input: SessionPolicies & {
    readonly roleSessionName: string
    readonly durationSeconds?: number
    readonly externalId?: string
    readonly tags?: readonly Tag[]
    readonly transitiveTagKeys?: readonly string[]
    readonly sourceIdentity?: string
    readonly serialNumber?: string
    readonly tokenCode?: string
    /** Pass the caller's MFA serial and current code. */
    readonly mfa: boolean
    readonly context?: ContextRecord
  }
}

/** STS `AssumeRoleWithWebIdentity` (unsigned). */
export interface AssumeRoleWithWebIdentityStep {
  readonly kind: 'assumeRoleWithWebIdentity'
  readonly role: RoleRef
  readonly session: string
  /** The key of the OIDC provider that supplies `iss`, when given. */
  readonly provider?: string
  readonly input: SessionPolicies & {
    readonly roleSessionName: string
    readonly webIdentityToken: Readonly<Record<string, unknown>>
    readonly providerId?: string
    readonly durationSeconds?: number
    readonly context?: ContextRecord
  }
}

/** A SAML assertion; durations in seconds from the step's time. */
export interface SamlAssertionInput {
  readonly issuer?: string
  readonly recipient?: string
  readonly subject?: string
  readonly subjectFormat?: string
  readonly roleSessionName?: string
  readonly sourceIdentity?: string
  readonly principalTags?: readonly Tag[]
  readonly transitiveTagKeys?: readonly string[]
  readonly attributes?: Readonly<Record<string, readonly string[]>>
  /** `NotOnOrAfter`, seconds after the step (300 by default). */
  readonly validFor: number
  /** `SessionNotOnOrAfter`, seconds after the step. */
  readonly sessionValidFor?: number
}

/** STS `AssumeRoleWithSAML` (unsigned). */
export interface AssumeRoleWithSamlStep {
  readonly kind: 'assumeRoleWithSAML'
  readonly role: RoleRef
  readonly session: string
  /** The SAML provider: its ARN, and its key when declared. */
  readonly provider: { readonly arn: string; readonly key?: string }
  readonly input: SessionPolicies & {
    readonly samlAssertion: SamlAssertionInput
    readonly durationSeconds?: number
    readonly context?: ContextRecord
  }
}

/** STS `GetSessionToken`. */
export interface GetSessionTokenStep {
  readonly kind: 'getSessionToken'
  readonly caller: CallerRef
  readonly session: string
  readonly input: {
    readonly durationSeconds?: number
    readonly serialNumber?: string
    readonly tokenCode?: string
    readonly mfa: boolean
  }
}

/** STS `GetCallerIdentity`. */
export interface GetCallerIdentityStep {
  readonly kind: 'getCallerIdentity'
  readonly caller: CallerRef
}

/** An X.509 certificate; `validFor` in seconds from the step's time. */
export interface CertificateInput {
  readonly subject: Readonly<Record<string, string>>
  /** Absent: the trust anchor's certificate authority. */
  readonly issuer?: Readonly<Record<string, string>>
  readonly serialNumber: string
  readonly subjectAlternativeNames?: {
    readonly dns?: readonly string[]
    readonly uri?: readonly string[]
  }
  readonly validFor: number
}

/** IAM Roles Anywhere `CreateSession` (signed with the certificate). */
export interface CreateSessionStep {
  readonly kind: 'createSession'
  readonly anchor: { readonly arn?: string; readonly key?: string }
  readonly profile: { readonly arn?: string; readonly key?: string }
  readonly role: RoleRef
  readonly session: string
  readonly certificate: CertificateInput
  readonly input: { readonly durationSeconds?: number; readonly roleSessionName?: string }
}

/** The console's Switch Role. */
export interface SwitchRoleStep {
  readonly kind: 'switchRole'
  readonly caller: CallerRef
  readonly role: RoleRef
  readonly displayName: string
  readonly session: string
}

/** The console's Switch Back. */
export interface SwitchBackStep {
  readonly kind: 'switchBack'
  /** The identity that acts again. */
  readonly restores: CallerRef
}

/** Credentials exported to the environment. */
export interface UseSessionStep {
  readonly kind: 'useSession'
  readonly session: string
  readonly createdBy: number
}

/** Exported credentials unset. */
export interface UnsetStep {
  readonly kind: 'unset'
  readonly restores: CallerRef
}

/** An API request. */
export interface RequestStep {
  readonly kind: 'request'
  readonly caller: CallerRef
  readonly action: string
  readonly resource: ResourceTarget
  readonly context: ContextRecord
  readonly region?: string
  readonly calledVia?: readonly string[]
}

/** `lambda:InvokeFunction`. */
export interface InvokeStep {
  readonly kind: 'invoke'
  readonly caller: CallerRef
  readonly function: ResourceTarget
}

/** Time passing on the simulated clock. */
export interface AdvanceStep {
  readonly kind: 'advance'
  readonly seconds: number
}

/** A change to the world. */
export interface ChangeStep {
  readonly kind: 'change'
  readonly caller: CallerRef
  readonly change: ChangeOperation
}

/** CloudFormation `CreateStack`. */
export interface DeployStackStep {
  readonly kind: 'deployStack'
  readonly caller: CallerRef
  readonly stackName: string
  readonly accountId: string
  readonly region: string
  readonly role?: RoleRef
  /** The template's resources in order, each one change. */
  readonly resources: readonly { readonly logicalId: string; readonly change: ChangeOperation }[]
}

/** A step that only narrates (`say`, `chapter`). */
export interface NarrationStep {
  readonly kind: 'narration'
}

/** What a step does. */
export type StepAction =
  | AssumeRoleStep
  | AssumeRoleWithWebIdentityStep
  | AssumeRoleWithSamlStep
  | GetSessionTokenStep
  | GetCallerIdentityStep
  | CreateSessionStep
  | SwitchRoleStep
  | SwitchBackStep
  | UseSessionStep
  | UnsetStep
  | RequestStep
  | InvokeStep
  | AdvanceStep
  | ChangeStep
  | DeployStackStep
  | NarrationStep

/** One step of the timeline. */
export type Step = StepBase & StepAction

/** The kinds of step: `assumeRole`, `request`, …, and `narration`. */
export type StepKind = StepAction['kind']
