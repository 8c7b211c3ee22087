/**
 * IAM Roles Anywhere `CreateSession`
 * (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-create-session.html;
 * iam-facts §17): a workload outside AWS presents an X.509 certificate and gets a role session.
 * - The certificate must chain to the trust anchor's CA and be within its validity; anchor and
 *   profile must exist and be enabled; the role must be one of the profile's roles. Failures are
 *   `AccessDeniedException` (HTTP 403): `Untrusted Signing Certificate` is AWS's wording
 *   ([GH:aws/rolesanywhere-credential-helper#108]); the others are ours (unconfirmed).
 * - The role's trust policy must allow `rolesanywhere.amazonaws.com` the actions
 *   `sts:AssumeRole`, `sts:TagSession` and `sts:SetSourceIdentity` (all three, always), with the
 *   certificate's attributes as `aws:PrincipalTag/x509…` and the trust anchor as
 *   `aws:SourceArn`.
 * - The session name is the certificate's hex serial number, unless the profile accepts a
 *   `roleSessionName`; the source identity is the subject's CN; the session tags are the
 *   certificate's attributes (not transitive); the profile's session policy and managed
 *   policies narrow the role's permissions.
 * - Duration (our reading; the exact rule is unconfirmed): the requested `durationSeconds`
 *   (900–43,200, else `ValidationException`) or the profile's, never more than the profile's,
 *   never past the certificate's `notAfter`. As for other sessions a service assumes, the role's
 *   `MaxSessionDuration` does not apply (iam-facts §11).
 */
import type { Caller, Outcome } from '../../operations/types.ts'
import { authorizeResolved } from '../../request/authorize.ts'
import type { ResolvedCaller } from '../../request/types.ts'
import { drawUuid } from '../../resources/generated-ids.ts'
import { assumedRoleArn, parseArn } from '../../world/arn.ts'
import { findRoleByArn } from '../../world/find-entity.ts'
import type { AwsError } from '../../operations/types.ts'
import type { World } from '../../world/types.ts'
import { assumeRoleKeys } from '../assume-role-context.ts'
import { credentialsOf, issueSession } from '../issue-session.ts'
import type { AssumeRoleOutput } from '../types.ts'
import { packedSize } from '../validation/packed-size.ts'
import { certificateTags, chainsTo, type X509Certificate } from './certificate.ts'

/** The parameters of `CreateSession`, with the certificate that signed the request. */
export interface CreateSessionInput {
  readonly trustAnchorArn: string
  readonly profileArn: string
  readonly roleArn: string
  readonly certificate: X509Certificate
  readonly durationSeconds?: number
  /** Used only when the profile accepts a custom role session name. */
  readonly roleSessionName?: string
}

/** What `CreateSession` returns. */
export interface CreateSessionOutput {
  readonly credentialSet: readonly (AssumeRoleOutput & { readonly roleArn: string })[]
  /** `arn:aws:rolesanywhere:REGION:ACCT:subject/UUID` */
  readonly subjectArn: string
}

const SERVICE = 'rolesanywhere.amazonaws.com'
const ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] as const
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

function denied(message: string): AwsError {
  return { code: 'AccessDeniedException', message, httpStatus: 403 }
}
function invalid(message: string): AwsError {
  return { code: 'ValidationException', message, httpStatus: 400 }
}

/** Vends a role session to the holder of `certificate`. `_caller` is ignored: the request is signed with the certificate's key. */
export function createSession(
  world: World,
  _caller: Caller,
  input: CreateSessionInput,
): Outcome<CreateSessionOutput> {
  const fail = (
    error: AwsError,
    decisions: Outcome<CreateSessionOutput>['decisions'] = [],
  ): Outcome<CreateSessionOutput> => ({ status: 'error', error, decisions })
  const requested = input.durationSeconds
  if (requested !== undefined && (requested < 900 || requested > 43200)) {
    return fail(
      invalid(`durationSeconds must be between 900 and 43200 seconds; ${requested} was given.`),
    )
  }
  const anchorArn = parseArn(input.trustAnchorArn)
  const anchor = world.accounts
    .get(anchorArn?.account ?? '')
    ?.trustAnchors.get(input.trustAnchorArn)
  if (anchor === undefined || !anchor.enabled)
    return fail(denied('The trust anchor does not exist or is disabled.'))
  const profile = world.accounts
    .get(parseArn(input.profileArn)?.account ?? '')
    ?.profiles.get(input.profileArn)
  if (profile === undefined || !profile.enabled)
    return fail(denied('The profile does not exist or is disabled.'))
  const certificate = input.certificate
  if (!chainsTo(certificate, anchor.certificateAuthority.subject))
    return fail(denied('Untrusted Signing Certificate'))
  if (
    certificate.notAfter <= world.now ||
    (certificate.notBefore !== undefined && certificate.notBefore > world.now)
  ) {
    return fail(denied('The certificate is not valid at this time.'))
  }
  if (!profile.roleArns.includes(input.roleArn))
    return fail(denied(`The profile does not list the role ${input.roleArn}.`))
  if (input.roleSessionName !== undefined && !profile.acceptRoleSessionName) {
    return fail(invalid('The profile does not accept a custom role session name.'))
  }
  if (input.roleSessionName !== undefined && !SESSION_NAME.test(input.roleSessionName)) {
    return fail(
      invalid('roleSessionName must be 2 to 64 characters of letters, digits and _+=,.@-'),
    )
  }

  const sessionName = input.roleSessionName ?? certificate.serialNumber
  const sourceIdentity = certificate.subject['CN']
  const tags = certificateTags(certificate).map((tag) => ({ ...tag, transitive: false }))
  const service: ResolvedCaller = {
    principal: { kind: 'service', service: SERVICE },
    identity: undefined,
    boundary: undefined,
    sessionPolicies: undefined,
    session: undefined,
    context: { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': SERVICE },
  }
  const trusted = {
    ...assumeRoleKeys({
      roleSessionName: sessionName,
      ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
      tags,
    }),
    ...Object.fromEntries(tags.map((tag) => [`aws:PrincipalTag/${tag.key}`, tag.value])),
    'aws:SourceArn': anchor.arn,
    'aws:SourceAccount': anchorArn?.account ?? '',
  }
  const decisions = []
  for (const action of ACTIONS) {
    const decision = authorizeResolved(
      world,
      service,
      { action, resource: input.roleArn },
      { trusted },
    )
    decisions.push(decision)
    if (decision.decision !== 'allowed') {
      // Wording ours (unconfirmed): which action the trust policy refused.
      return fail(
        denied(
          `Unable to assume role for arn ${input.roleArn}: the role's trust policy does not allow ${action} for ${SERVICE}.`,
        ),
        decisions,
      )
    }
  }
  const role = findRoleByArn(world, input.roleArn)
  if (role === undefined)
    throw new Error(`invariant: role ${input.roleArn} was authorized but does not exist`)

  const seconds = Math.min(requested ?? profile.durationSeconds, profile.durationSeconds)
  const issued = issueSession(
    world,
    {
      source: 'RolesAnywhere',
      accountId: role.accountId,
      arn: assumedRoleArn(role.accountId, role.name, sessionName),
      userId: `${role.id}:${sessionName}`,
      roleArn: role.arn,
      sessionName,
      tags,
      sourceIdentity,
      sessionPolicies: profile.sessionPolicy === undefined ? [] : [profile.sessionPolicy],
      sessionPolicyArns: profile.managedPolicyArns,
      parent: undefined,
      chained: false,
      mfaAuthenticated: false,
      federatedProvider: undefined,
      providerKeys: {},
    },
    seconds,
    certificate.notAfter,
  )
  const subject = drawUuid(issued.world)
  const packed = packedSize({ policyCharacters: 0, policyArns: profile.managedPolicyArns, tags })
  return {
    status: 'ok',
    world: subject.world,
    decisions,
    value: {
      credentialSet: [
        {
          credentials: credentialsOf(issued.session),
          assumedRoleUser: { assumedRoleId: issued.session.userId, arn: issued.session.arn },
          packedPolicySize: packed.percent,
          roleArn: role.arn,
          sourceIdentity,
        },
      ],
      subjectArn: `arn:aws:rolesanywhere:${anchorArn?.region ?? 'us-east-1'}:${anchorArn?.account ?? ''}:subject/${subject.text}`,
    },
  }
}
