/**
 * `AssumeRole` (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html;
 * iam-facts §9–13). In order:
 * 1. the caller's credentials (`InvalidClientTokenId`, `ExpiredToken`);
 * 2. every parameter against its shape (`ValidationError`, all sentences at once), then the tag
 *    rules (`InvalidParameterValue`) and the source identity of a chain;
 * 3. the root user cannot assume roles (`Roles may not be assumed by root accounts.`);
 * 4. MFA, when `SerialNumber` or `TokenCode` is passed;
 * 5. the session policies (`MalformedPolicyDocument`);
 * 6. authorization by the trust policy and, where required, the caller's identity policies,
 *    with `sts:TagSession` and `sts:SetSourceIdentity` when tags or a source identity are set;
 *    a role that does not exist is denied like an unauthorized call;
 * 7. the duration: the role's maximum, the one-hour cap of role chaining (`ValidationError`);
 * 8. the packed size of session policies and tags (`PackedPolicyTooLarge`).
 * The new session has the role's permissions only (narrowed by its session policies): the
 * caller's own permissions are set aside.
 */
import type { Decision } from '@hatrack/engine'
import type { AwsError, Caller, Outcome } from '../operations/types.ts'
import { accessDenied } from '../request/errors.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import { assumedRoleArn } from '../world/arn.ts'
import { findRoleByArn } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'
import { assumeRoleKeys } from './assume-role-context.ts'
import { authorizeAssume } from './authorize-assume.ts'
import { isRoleChaining } from './chaining.ts'
import { credentialsOf, issueSession } from './issue-session.ts'
import { checkMfa, MFA_VERIFIED } from './mfa.ts'
import { readSessionPolicies } from './session-policies.ts'
import { effectiveSourceIdentity } from './source-identity.ts'
import { signedCaller } from './signed-caller.ts'
import type { AssumeRoleInput, AssumeRoleOutput } from './types.ts'
import { assumeRoleViolations } from './validation/assume-role-input.ts'
import { roleSessionDuration } from './validation/duration.ts'
import { packedSize, packedSizeError } from './validation/packed-size.ts'
import { sessionTagsOf, tagRuleError } from './validation/tags.ts'
import { validationError } from './validation/violations.ts'

/** The message AWS returns when a root user calls `AssumeRole` (iam-facts §2). */
export const ROOT_CANNOT_ASSUME = 'Roles may not be assumed by root accounts.'

/** Assumes a role: a new role session in the world, and its credentials. */
export function assumeRole(
  world: World,
  caller: Caller,
  input: AssumeRoleInput,
): Outcome<AssumeRoleOutput> {
  const resolved = resolveCaller(world, caller)
  const signed = signedCaller(resolved)
  if (!signed.ok) return { status: 'error', error: signed.error, decisions: [] }
  const who = signed.caller
  const fail = (
    error: AwsError,
    decisions: readonly Decision[] = [],
  ): Outcome<AssumeRoleOutput> => ({
    status: 'error',
    error,
    decisions,
  })

  const invalid = validationError(assumeRoleViolations(input))
  if (invalid) return fail(invalid)
  const chaining = isRoleChaining(who.session)
  const inherited = chaining ? (who.session?.tags ?? []) : []
  const tags = input.tags ?? []
  const transitiveKeys = input.transitiveTagKeys ?? []
  const tagError = tagRuleError(tags, transitiveKeys, inherited)
  if (tagError) return fail(tagError)
  const source = effectiveSourceIdentity(
    input.sourceIdentity,
    chaining ? who.session?.sourceIdentity : undefined,
  )
  if (!source.ok) return fail(source.error)

  if (who.principal.kind === 'root') return fail(accessDenied(ROOT_CANNOT_ASSUME))
  const mfa = checkMfa(world, who, input.serialNumber, input.tokenCode)
  if (!mfa.ok) return fail(mfa.error)

  const roleAccount = input.roleArn.split(':')[4] ?? ''
  const policies = readSessionPolicies(world, roleAccount, input.policy, input.policyArns ?? [])
  if (!policies.ok) return fail(policies.error)

  const sessionTags = sessionTagsOf(tags, transitiveKeys, inherited)
  const auth = authorizeAssume(world, {
    caller: who,
    action: 'sts:AssumeRole',
    roleArn: input.roleArn,
    tagSession: sessionTags.length > 0,
    setSourceIdentity: source.value !== undefined,
    chaining,
    ...(input.context ? { context: input.context } : {}),
    trusted: {
      ...assumeRoleKeys({
        roleSessionName: input.roleSessionName,
        ...(input.externalId === undefined ? {} : { externalId: input.externalId }),
        ...(source.value === undefined ? {} : { sourceIdentity: source.value }),
        tags: sessionTags,
      }),
      ...(mfa.verified ? MFA_VERIFIED : {}),
    },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const role = findRoleByArn(world, input.roleArn)
  if (role === undefined)
    throw new Error(`invariant: role ${input.roleArn} was authorized but does not exist`)

  const duration = roleSessionDuration(input.durationSeconds, role, chaining)
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
      source: 'AssumeRole',
      accountId: role.accountId,
      arn: assumedRoleArn(role.accountId, role.name, input.roleSessionName),
      userId: `${role.id}:${input.roleSessionName}`,
      roleArn: role.arn,
      sessionName: input.roleSessionName,
      tags: sessionTags,
      sourceIdentity: source.value,
      sessionPolicies: policies.policies.inline,
      sessionPolicyArns: policies.policies.arns,
      parent: who.session?.accessKeyId,
      chained: chaining,
      mfaAuthenticated: mfa.verified,
      federatedProvider: undefined,
      providerKeys: {},
    },
    duration.seconds,
  )
  return {
    status: 'ok',
    world: issued.world,
    decisions: auth.decisions,
    value: {
      credentials: credentialsOf(issued.session),
      assumedRoleUser: { assumedRoleId: issued.session.userId, arn: issued.session.arn },
      packedPolicySize: packed.percent,
      sourceIdentity: source.value,
    },
  }
}
