/**
 * STS and Roles Anywhere steps: the role named, the session named for later steps, the
 * parameters with their durations in seconds, tags as lists, policies parsed.
 */
import type { JsonPath } from '@hatrack/policy'
import type { CallerRef } from '../../../format/caller.ts'
import type {
  AssumeRoleStep,
  AssumeRoleWithSamlStep,
  AssumeRoleWithWebIdentityStep,
  CreateSessionStep,
  GetSessionTokenStep,
} from '../../../format/steps.ts'
import type { stepKinds } from '../../../schema/definitions/steps.ts'
import type { Infer } from '../../../schema/dsl.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import { resolveRole } from '../roles.ts'
import { readDuration, readTags } from '../values.ts'
import { accountOf, callerName } from './callers.ts'
import { contextOf, defined, sessionPolicies } from './common.ts'
import { bindSession } from './sessions.ts'
import type { Timeline } from './timeline.ts'

type Raw<K extends keyof typeof stepKinds> = Infer<(typeof stepKinds)[K]>

/** Where a step is, and how strictly to check its names. */
export interface StepSite {
  readonly path: JsonPath
  readonly index: number
  /** The step expects an error: names it uses may not exist. */
  readonly lenient: boolean
}

/** `assumeRole`: the role, the session name, the parameters. */
export function readAssumeRole(
  tl: Timeline,
  raw: Raw<'assumeRole'>,
  site: StepSite,
  caller: CallerRef,
): AssumeRoleStep | undefined {
  const path = [...site.path, 'assumeRole']
  const role = resolveRole(
    tl.ctx,
    tl.registry,
    raw.roleArn,
    [...path, 'roleArn'],
    accountOf(tl, caller),
    { lenient: site.lenient },
  )
  const policies = sessionPolicies(tl, raw, path)
  const durationSeconds = readDuration(tl.ctx, raw.durationSeconds, [...path, 'durationSeconds'])
  if (role === undefined) return undefined
  const session = bindSession(
    tl,
    raw.session,
    `${raw.roleSessionName}@${role.name}`,
    path,
    site.index,
    role.accountId,
  )
  return {
    kind: 'assumeRole',
    caller,
    role,
    session,
    input: {
      ...policies,
      ...defined({
        roleSessionName: raw.roleSessionName,
        durationSeconds,
        externalId: raw.externalId,
        tags: raw.tags === undefined ? undefined : readTags(raw.tags),
        transitiveTagKeys: raw.transitiveTagKeys,
        sourceIdentity: raw.sourceIdentity,
        serialNumber: raw.serialNumber,
        tokenCode: raw.tokenCode,
        context: raw.context === undefined ? undefined : contextOf(raw.context),
      }),
      roleSessionName: raw.roleSessionName,
      mfa: raw.mfa ?? false,
    },
  }
}

function provider(
  tl: Timeline,
  ref: string,
  type: 'oidc' | 'saml',
  path: JsonPath,
): { arn: string; key?: string } | undefined {
  if (ref.startsWith('arn:')) {
    if (new RegExp(`^arn:aws[a-z-]*:iam::\\d{12}:${type}-provider/.+$`).test(ref))
      return { arn: ref }
    tl.ctx.report(
      'scenario.reference.wrongKind',
      path,
      `${code(ref)} is not the ARN of a ${type.toUpperCase()} provider`,
    )
    return undefined
  }
  const found = tl.world.providers.find((candidate) => candidate.key === ref)
  if (found === undefined) {
    const keys = tl.world.providers
      .filter((candidate) => candidate.type === type)
      .map((candidate) => candidate.key)
    tl.ctx.report(
      'scenario.reference.unknownProvider',
      path,
      `unknown identity provider ${code(ref)}`,
      suggestion(closestNames(ref, keys), keys, `${type.toUpperCase()} providers`),
    )
    return undefined
  }
  if (found.type !== type) {
    tl.ctx.report(
      'scenario.reference.wrongKind',
      path,
      `${code(ref)} is a ${found.type.toUpperCase()} provider, not a ${type.toUpperCase()} one`,
    )
    return undefined
  }
  return { arn: found.arn, key: found.key }
}

/** `assumeRoleWithWebIdentity`: unsigned; the role, the provider, the token. */
export function readWebIdentity(
  tl: Timeline,
  raw: Raw<'assumeRoleWithWebIdentity'>,
  site: StepSite,
): AssumeRoleWithWebIdentityStep | undefined {
  const path = [...site.path, 'assumeRoleWithWebIdentity']
  const role = resolveRole(tl.ctx, tl.registry, raw.roleArn, [...path, 'roleArn'], undefined, {
    lenient: site.lenient,
  })
  const found =
    raw.provider === undefined
      ? undefined
      : provider(tl, raw.provider, 'oidc', [...path, 'provider'])
  const policies = sessionPolicies(tl, raw, path)
  const durationSeconds = readDuration(tl.ctx, raw.durationSeconds, [...path, 'durationSeconds'])
  if (role === undefined || (raw.provider !== undefined && found === undefined)) return undefined
  const session = bindSession(
    tl,
    raw.session,
    `${raw.roleSessionName}@${role.name}`,
    path,
    site.index,
    role.accountId,
  )
  return {
    kind: 'assumeRoleWithWebIdentity',
    role,
    session,
    ...(found?.key === undefined ? {} : { provider: found.key }),
    input: {
      ...policies,
      ...defined({
        providerId: raw.providerId,
        durationSeconds,
        context: raw.context === undefined ? undefined : contextOf(raw.context),
      }),
      roleSessionName: raw.roleSessionName,
      webIdentityToken: raw.webIdentityToken,
    },
  }
}

/** `assumeRoleWithSAML`: unsigned; the role, the SAML provider, the assertion. */
export function readSaml(
  tl: Timeline,
  raw: Raw<'assumeRoleWithSAML'>,
  site: StepSite,
): AssumeRoleWithSamlStep | undefined {
  const path = [...site.path, 'assumeRoleWithSAML']
  const role = resolveRole(tl.ctx, tl.registry, raw.roleArn, [...path, 'roleArn'], undefined, {
    lenient: site.lenient,
  })
  const found = provider(tl, raw.principalArn, 'saml', [...path, 'principalArn'])
  const assertion = raw.samlAssertion
  const apath = [...path, 'samlAssertion']
  const validFor = readDuration(tl.ctx, assertion.validFor, [...apath, 'validFor'])
  const sessionValidFor = readDuration(tl.ctx, assertion.sessionValidFor, [
    ...apath,
    'sessionValidFor',
  ])
  const policies = sessionPolicies(tl, raw, path)
  const durationSeconds = readDuration(tl.ctx, raw.durationSeconds, [...path, 'durationSeconds'])
  if (role === undefined || found === undefined) return undefined
  const session = bindSession(
    tl,
    raw.session,
    `${assertion.roleSessionName ?? 'saml'}@${role.name}`,
    path,
    site.index,
    role.accountId,
  )
  return {
    kind: 'assumeRoleWithSAML',
    role,
    session,
    provider: found,
    input: {
      ...policies,
      ...defined({
        durationSeconds,
        context: raw.context === undefined ? undefined : contextOf(raw.context),
      }),
      samlAssertion: {
        ...defined({
          issuer: assertion.issuer,
          recipient: assertion.recipient,
          subject: assertion.subject,
          subjectFormat: assertion.subjectFormat,
          roleSessionName: assertion.roleSessionName,
          sourceIdentity: assertion.sourceIdentity,
          principalTags:
            assertion.principalTags === undefined ? undefined : readTags(assertion.principalTags),
          transitiveTagKeys: assertion.transitiveTagKeys,
          attributes: assertion.attributes,
          sessionValidFor,
        }),
        validFor: validFor ?? 300,
      },
    },
  }
}

/** `getSessionToken`: the caller's session. */
export function readGetSessionToken(
  tl: Timeline,
  raw: Raw<'getSessionToken'>,
  site: StepSite,
  caller: CallerRef,
): GetSessionTokenStep {
  const path = [...site.path, 'getSessionToken']
  const durationSeconds = readDuration(tl.ctx, raw.durationSeconds, [...path, 'durationSeconds'])
  const session = bindSession(
    tl,
    raw.session,
    `${callerName(caller)}@GetSessionToken`,
    path,
    site.index,
    accountOf(tl, caller),
  )
  return {
    kind: 'getSessionToken',
    caller,
    session,
    input: {
      ...defined({ durationSeconds, serialNumber: raw.serialNumber, tokenCode: raw.tokenCode }),
      mfa: raw.mfa ?? false,
    },
  }
}

function rolesAnywhereRef(
  tl: Timeline,
  ref: string,
  kind: 'trust-anchor' | 'profile',
  path: JsonPath,
): { arn?: string; key?: string; accountId?: string } | undefined {
  if (ref.startsWith('arn:')) {
    const match = new RegExp(`^arn:aws[a-z-]*:rolesanywhere:[a-z0-9-]+:(\\d{12}):${kind}/.+$`).exec(
      ref,
    )
    if (match !== null) return { arn: ref, accountId: match[1] ?? '' }
    tl.ctx.report(
      'scenario.reference.wrongKind',
      path,
      `${code(ref)} is not the ARN of a Roles Anywhere ${kind === 'profile' ? 'profile' : 'trust anchor'}`,
    )
    return undefined
  }
  const list = kind === 'profile' ? tl.world.profiles : tl.world.anchors
  const found = list.find((candidate) => candidate.key === ref)
  if (found !== undefined) return { key: found.key, accountId: found.accountId }
  const keys = list.map((candidate) => candidate.key)
  tl.ctx.report(
    kind === 'profile' ? 'scenario.reference.unknownProfile' : 'scenario.reference.unknownAnchor',
    path,
    `unknown ${kind === 'profile' ? 'Roles Anywhere profile' : 'trust anchor'} ${code(ref)}`,
    suggestion(closestNames(ref, keys), keys, kind === 'profile' ? 'profiles' : 'trust anchors'),
  )
  return undefined
}

/** Roles Anywhere `CreateSession`: anchor, profile, role and certificate. */
export function readCreateSession(
  tl: Timeline,
  raw: Raw<'createSession'>,
  site: StepSite,
): CreateSessionStep | undefined {
  const path = [...site.path, 'createSession']
  const anchor = rolesAnywhereRef(tl, raw.trustAnchorArn, 'trust-anchor', [
    ...path,
    'trustAnchorArn',
  ])
  const profile = rolesAnywhereRef(tl, raw.profileArn, 'profile', [...path, 'profileArn'])
  const role = resolveRole(
    tl.ctx,
    tl.registry,
    raw.roleArn,
    [...path, 'roleArn'],
    profile?.accountId,
    { lenient: site.lenient },
  )
  const validFor = readDuration(tl.ctx, raw.certificate.validFor, [
    ...path,
    'certificate',
    'validFor',
  ])
  const durationSeconds = readDuration(tl.ctx, raw.durationSeconds, [...path, 'durationSeconds'])
  if (anchor === undefined || profile === undefined || role === undefined) return undefined
  const certificate = raw.certificate
  const session = bindSession(
    tl,
    raw.session,
    `${raw.roleSessionName ?? certificate.serialNumber}@${role.name}`,
    path,
    site.index,
    role.accountId,
  )
  const strip = ({ accountId: _, ...rest }: { arn?: string; key?: string; accountId?: string }) =>
    rest
  return {
    kind: 'createSession',
    anchor: strip(anchor),
    profile: strip(profile),
    role,
    session,
    certificate: {
      ...defined({
        issuer: certificate.issuer,
        subjectAlternativeNames: certificate.subjectAlternativeNames,
      }),
      subject: certificate.subject,
      serialNumber: certificate.serialNumber,
      validFor: validFor ?? 365 * 86400,
    },
    input: defined({ durationSeconds, roleSessionName: raw.roleSessionName }),
  }
}
