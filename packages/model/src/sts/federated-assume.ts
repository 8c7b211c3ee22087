/**
 * What `AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML` share once the token or assertion
 * is read: the call is unsigned, so the caller is the identity provider's federated user,
 * which only the role's trust policy can admit (`Principal.Federated`, iam-facts §2, §9), with
 * `sts:TagSession` and `sts:SetSourceIdentity` when the provider passes tags or a source
 * identity ("the AssumeRole* operation will fail" without them, iam-facts §12–13). A denial is
 * `AccessDenied` `Not authorized to perform sts:AssumeRoleWith…` ([GH:aws/aws-sdk-js-v3#6225],
 * [GH:aws/aws-sdk-net#744], https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html).
 * These sessions are never role chaining.
 */
import type { Decision } from '@hatrack/engine'
import type { ContextRecord, ContextValue } from '@hatrack/policy'
import type { AwsError, Outcome } from '../operations/types.ts'
import type { ResolvedCaller } from '../request/types.ts'
import { assumedRoleArn } from '../world/arn.ts'
import { findRoleByArn } from '../world/find-entity.ts'
import type { Instant, Tag, World } from '../world/types.ts'
import { assumeRoleKeys } from './assume-role-context.ts'
import { authorizeAssume } from './authorize-assume.ts'
import { credentialsOf, issueSession } from './issue-session.ts'
import { readSessionPolicies } from './session-policies.ts'
import type { AssumeRoleOutput } from './types.ts'
import { roleSessionDuration } from './validation/duration.ts'
import { packedSize, packedSizeError } from './validation/packed-size.ts'
import { sessionTagsOf, tagRuleError } from './validation/tags.ts'

/** A federated role assumption, its token or assertion already read. */
export interface FederatedAssumption {
  readonly action: 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML'
  readonly roleArn: string
  readonly roleSessionName: string
  /** What the trust policy's `Principal.Federated` must name. */
  readonly providerPrincipal: string
  /** `aws:FederatedProvider` on the session's requests. */
  readonly federatedProvider: string
  /** The provider's keys for the trust evaluation. */
  readonly providerKeys: Readonly<Record<string, ContextValue>>
  /** The provider's keys that stay on the session's requests. */
  readonly persistentKeys: Readonly<Record<string, ContextValue>>
  readonly tags: readonly Tag[]
  readonly transitiveTagKeys: readonly string[]
  readonly sourceIdentity: string | undefined
  readonly policy: string | undefined
  readonly policyArns: readonly string[]
  readonly durationSeconds: number | undefined
  /** SAML's `SessionNotOnOrAfter`: the session ends then at the latest. */
  readonly endsAt?: Instant
  readonly context?: ContextRecord
}

/** Authorizes the assumption and issues the session. */
export function federatedAssume(
  world: World,
  input: FederatedAssumption,
): Outcome<AssumeRoleOutput> {
  const fail = (
    error: AwsError,
    decisions: readonly Decision[] = [],
  ): Outcome<AssumeRoleOutput> => ({
    status: 'error',
    error,
    decisions,
  })
  const tagError = tagRuleError(input.tags, input.transitiveTagKeys, [])
  if (tagError) return fail(tagError)
  const roleAccount = input.roleArn.split(':')[4] ?? ''
  const policies = readSessionPolicies(world, roleAccount, input.policy, input.policyArns)
  if (!policies.ok) return fail(policies.error)

  const sessionTags = sessionTagsOf(input.tags, input.transitiveTagKeys, [])
  const caller: ResolvedCaller = {
    principal: { kind: 'anonymous', federatedProvider: input.providerPrincipal },
    identity: undefined,
    boundary: undefined,
    sessionPolicies: undefined,
    session: undefined,
    context: {},
  }
  const auth = authorizeAssume(world, {
    caller,
    action: input.action,
    roleArn: input.roleArn,
    tagSession: sessionTags.length > 0,
    setSourceIdentity: input.sourceIdentity !== undefined,
    chaining: false,
    ...(input.context ? { context: input.context } : {}),
    trusted: {
      ...input.providerKeys,
      ...assumeRoleKeys({
        roleSessionName: input.roleSessionName,
        ...(input.sourceIdentity === undefined ? {} : { sourceIdentity: input.sourceIdentity }),
        tags: sessionTags,
      }),
    },
    deniedMessage: `Not authorized to perform ${input.action}`,
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const role = findRoleByArn(world, input.roleArn)
  if (role === undefined)
    throw new Error(`invariant: role ${input.roleArn} was authorized but does not exist`)

  const duration = roleSessionDuration(input.durationSeconds, role, false)
  if (!duration.ok) return fail(duration.error, auth.decisions)
  const packed = packedSize({
    policyCharacters: policies.policies.characters,
    policyArns: policies.policies.arns,
    tags: sessionTags,
  })
  const tooLarge = packedSizeError(packed)
  if (tooLarge) return fail(tooLarge, auth.decisions)

  const issued = issueSession(
    world,
    {
      source:
        input.action === 'sts:AssumeRoleWithSAML'
          ? 'AssumeRoleWithSAML'
          : 'AssumeRoleWithWebIdentity',
      accountId: role.accountId,
      arn: assumedRoleArn(role.accountId, role.name, input.roleSessionName),
      userId: `${role.id}:${input.roleSessionName}`,
      roleArn: role.arn,
      sessionName: input.roleSessionName,
      tags: sessionTags,
      sourceIdentity: input.sourceIdentity,
      sessionPolicies: policies.policies.inline,
      sessionPolicyArns: policies.policies.arns,
      parent: undefined,
      chained: false,
      mfaAuthenticated: false,
      federatedProvider: input.federatedProvider,
      providerKeys: input.persistentKeys,
    },
    duration.seconds,
    input.endsAt,
  )
  return {
    status: 'ok',
    world: issued.world,
    decisions: auth.decisions,
    value: {
      credentials: credentialsOf(issued.session),
      assumedRoleUser: { assumedRoleId: issued.session.userId, arn: issued.session.arn },
      packedPolicySize: packed.percent,
      sourceIdentity: input.sourceIdentity,
    },
  }
}
