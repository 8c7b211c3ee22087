/**
 * The unsigned calls: `AssumeRoleWithWebIdentity` (the token's claims decide; an OIDC provider
 * named by the step supplies `iss`), `AssumeRoleWithSAML` (the assertion's data, its `Role`
 * attribute pairing this role with this provider by default, its validity counted from the
 * step), and Roles Anywhere's `CreateSession` (a certificate issued by the trust anchor's
 * authority by default, valid from the step). The actor is the identity provider or the trust
 * anchor, which vouches for the caller.
 */
import {
  assumeRoleWithSAML,
  assumeRoleWithWebIdentity,
  createSession,
  readWebIdentityToken,
  samlAttributes,
  type SamlAssertion,
} from '@hatrack/model'
import type {
  AssumeRoleWithSamlStep,
  AssumeRoleWithWebIdentityStep,
  CreateSessionStep,
  SessionPolicies,
  StepBase,
} from '../../format/steps.ts'
import type { ContextRecord } from '@hatrack/policy'
import type { TraceActor } from '../../trace/types.ts'
import { createSessionOutput, samlOutput, webIdentityOutput } from '../outputs.ts'
import { run } from '../run.ts'
import type { ReplayState } from '../state.ts'
import type { StepDraft } from './draft.ts'
import { policyText, sessionCallDraft } from './session-call.ts'

function vouching(state: ReplayState, id: string | undefined, label: string): TraceActor {
  if (id !== undefined && state.entities.has(id))
    return { entity: id, label: state.entities.label(id) ?? label, kind: 'provider' }
  state.entities.appear({ id: 'anonymous', kind: 'anonymous', label: 'anonymous' }, state.step)
  return { entity: 'anonymous', label, kind: 'anonymous' }
}

function sessionPolicies(input: {
  readonly policy?: SessionPolicies['policy']
  readonly policyArns?: SessionPolicies['policyArns']
  readonly durationSeconds?: number
  readonly context?: ContextRecord
}) {
  const policy = policyText(input.policy)
  return {
    ...(policy === undefined ? {} : { policy }),
    ...(input.policyArns === undefined
      ? {}
      : { policyArns: input.policyArns.map((ref) => ref.arn) }),
    ...(input.durationSeconds === undefined ? {} : { durationSeconds: input.durationSeconds }),
    ...(input.context === undefined ? {} : { context: input.context }),
  }
}

/** `AssumeRoleWithWebIdentity`. */
export function webIdentityStep(
  state: ReplayState,
  step: StepBase & AssumeRoleWithWebIdentityStep,
): StepDraft {
  const provider = state.scenario.identityProviders.find((entry) => entry.key === step.provider)
  const claims = step.input.webIdentityToken
  const read = readWebIdentityToken({
    ...claims,
    ...(claims['iss'] === undefined && provider?.url !== undefined ? { iss: provider.url } : {}),
  })
  const actor = vouching(state, provider?.arn, step.provider ?? 'web identity')
  const call = { action: 'sts:AssumeRoleWithWebIdentity', resource: step.role.arn }
  const outcome = run(state, (world) =>
    !read.ok
      ? { status: 'error', error: read.error }
      : assumeRoleWithWebIdentity(
          world,
          { kind: 'anonymous' },
          {
            roleArn: step.role.arn,
            roleSessionName: step.input.roleSessionName,
            webIdentityToken: read.token,
            ...(step.input.providerId === undefined ? {} : { providerId: step.input.providerId }),
            ...sessionPolicies(step.input),
          },
        ),
  )
  return sessionCallDraft(
    state,
    step,
    step.session,
    { actor, signer: actor.entity },
    call,
    outcome,
    (value) => ({
      accessKeyId: value.credentials.accessKeyId,
      output: webIdentityOutput(value),
    }),
  )
}

function assertion(state: ReplayState, step: AssumeRoleWithSamlStep): SamlAssertion {
  const given = step.input.samlAssertion
  const now = state.simulation.snapshot().now
  const providerName = step.provider.arn.slice(step.provider.arn.indexOf(':saml-provider/') + 15)
  const attributes: Record<string, readonly string[]> = {
    [samlAttributes.role]: [`${step.role.arn},${step.provider.arn}`],
  }
  if (given.roleSessionName !== undefined)
    attributes[samlAttributes.roleSessionName] = [given.roleSessionName]
  if (given.sourceIdentity !== undefined)
    attributes[samlAttributes.sourceIdentity] = [given.sourceIdentity]
  for (const tag of given.principalTags ?? [])
    attributes[`${samlAttributes.principalTagPrefix}${tag.key}`] = [tag.value]
  if (given.transitiveTagKeys !== undefined)
    attributes[samlAttributes.transitiveTagKeys] = given.transitiveTagKeys
  return {
    // An identity provider's entity id; Hatrack's stand-in when the step gives none.
    issuer: given.issuer ?? `https://idp.example.com/${providerName}`,
    recipient: given.recipient ?? 'https://signin.aws.amazon.com/saml',
    ...(given.subject === undefined ? {} : { subject: given.subject }),
    ...(given.subjectFormat === undefined ? {} : { subjectFormat: given.subjectFormat }),
    notOnOrAfter: now + given.validFor * 1000,
    ...(given.sessionValidFor === undefined
      ? {}
      : { sessionNotOnOrAfter: now + given.sessionValidFor * 1000 }),
    attributes: { ...attributes, ...given.attributes },
  }
}

/** `AssumeRoleWithSAML`. */
export function samlStep(state: ReplayState, step: StepBase & AssumeRoleWithSamlStep): StepDraft {
  const actor = vouching(state, step.provider.arn, step.provider.key ?? step.provider.arn)
  const call = { action: 'sts:AssumeRoleWithSAML', resource: step.role.arn }
  const samlAssertion = assertion(state, step)
  const outcome = run(state, (world) =>
    assumeRoleWithSAML(
      world,
      { kind: 'anonymous' },
      {
        roleArn: step.role.arn,
        principalArn: step.provider.arn,
        samlAssertion,
        ...sessionPolicies(step.input),
      },
    ),
  )
  return sessionCallDraft(
    state,
    step,
    step.session,
    { actor, signer: actor.entity },
    call,
    outcome,
    (value) => ({
      accessKeyId: value.credentials.accessKeyId,
      output: samlOutput(value),
    }),
  )
}

/** `CN=Corp Root CA,O=Corp` as attributes; a name without `=` is a common name. */
function nameAttributes(subject: string): Record<string, string> {
  if (!subject.includes('=')) return { CN: subject.trim() }
  const attributes: Record<string, string> = {}
  for (const part of subject.split(',')) {
    const cut = part.indexOf('=')
    if (cut > 0) attributes[part.slice(0, cut).trim()] = part.slice(cut + 1).trim()
  }
  return attributes
}

/** Roles Anywhere `CreateSession`. */
export function createSessionStep(
  state: ReplayState,
  step: StepBase & CreateSessionStep,
): StepDraft {
  const anchorArn = step.anchor.arn ?? state.anchorArns.get(step.anchor.key ?? '') ?? ''
  const profileArn = step.profile.arn ?? state.profileArns.get(step.profile.key ?? '') ?? ''
  const anchorKey =
    step.anchor.key ?? [...state.anchorArns].find(([, arn]) => arn === anchorArn)?.[0]
  const anchor = state.scenario.trustAnchors.find((entry) => entry.key === anchorKey)
  const now = state.simulation.snapshot().now
  const given = step.certificate
  const certificate = {
    subject: given.subject,
    issuer: given.issuer ?? nameAttributes(anchor?.certificateAuthority ?? ''),
    serialNumber: given.serialNumber,
    ...(given.subjectAlternativeNames === undefined
      ? {}
      : { subjectAlternativeNames: given.subjectAlternativeNames }),
    notBefore: now,
    notAfter: now + given.validFor * 1000,
  }
  const actor: TraceActor = state.entities.has(anchorArn)
    ? {
        entity: anchorArn,
        label: state.entities.label(anchorArn) ?? anchorArn,
        kind: 'trustAnchor',
      }
    : vouching(state, undefined, step.anchor.key ?? anchorArn)
  const call = { action: 'rolesanywhere:CreateSession', resource: profileArn }
  const outcome = run(state, (world) =>
    createSession(
      world,
      { kind: 'anonymous' },
      {
        trustAnchorArn: anchorArn,
        profileArn,
        roleArn: step.role.arn,
        certificate,
        ...(step.input.durationSeconds === undefined
          ? {}
          : { durationSeconds: step.input.durationSeconds }),
        ...(step.input.roleSessionName === undefined
          ? {}
          : { roleSessionName: step.input.roleSessionName }),
      },
    ),
  )
  return sessionCallDraft(
    state,
    step,
    step.session,
    { actor, signer: actor.entity },
    call,
    outcome,
    (value) => ({
      accessKeyId: value.credentialSet[0]?.credentials.accessKeyId ?? '',
      output: createSessionOutput(value),
    }),
  )
}
