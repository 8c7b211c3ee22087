/**
 * IAM Roles Anywhere `createSession`. Sources: iam-facts §17;
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html;
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-create-session.html
 */
import { describe, expect, it } from 'vitest'
import { A, allow, emptyWorld, NOW, roleArn, trust, withRole } from '../../../test/sts-world.ts'
import { authorize } from '../../request/authorize.ts'
import { resolveCaller } from '../../request/resolve-caller.ts'
import { storePolicy } from '../../world/store-policy.ts'
import { updateAccount, withEntry } from '../../world/update.ts'
import type { RolesAnywhereProfile, TrustAnchor, World } from '../../world/types.ts'
import type { X509Certificate } from './certificate.ts'
import { createSession } from './create-session.ts'

const ANCHOR = `arn:aws:rolesanywhere:us-east-1:${A}:trust-anchor/aaaaaaaa-0000-4000-8000-000000000001`
const PROFILE = `arn:aws:rolesanywhere:us-east-1:${A}:profile/bbbbbbbb-0000-4000-8000-000000000002`
const ROLE = roleArn(A, 'Workload')
const RA_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']

function world(
  options: {
    readonly trustActions?: readonly string[]
    readonly profile?: Partial<RolesAnywhereProfile>
    readonly anchorEnabled?: boolean
  } = {},
): World {
  let w = withRole(
    emptyWorld(),
    A,
    'Workload',
    trust({ Service: 'rolesanywhere.amazonaws.com' }, options.trustActions ?? RA_ACTIONS, {
      ArnEquals: { 'aws:SourceArn': ANCHOR },
      StringEquals: { 'aws:PrincipalTag/x509Subject/OU': 'payments' },
    }),
    { policies: [allow(['s3:GetObject', 's3:PutObject'])] },
  )
  const session = storePolicy(w, allow('s3:GetObject'), 'session')
  if (!session.ok) throw new Error('fixture session policy is invalid')
  const anchor: TrustAnchor = {
    arn: ANCHOR,
    id: 'aaaaaaaa',
    name: 'corp-ca',
    certificateAuthority: { subject: 'CN=Corp Root CA,O=Corp' },
    enabled: options.anchorEnabled ?? true,
  }
  const profile: RolesAnywhereProfile = {
    arn: PROFILE,
    id: 'bbbbbbbb',
    name: 'workloads',
    roleArns: [ROLE],
    managedPolicyArns: [],
    sessionPolicy: session.stored,
    durationSeconds: 3600,
    acceptRoleSessionName: false,
    enabled: true,
    ...options.profile,
  }
  w = updateAccount(w, A, (account) => ({
    ...account,
    trustAnchors: withEntry(account.trustAnchors, ANCHOR, anchor),
    profiles: withEntry(account.profiles, PROFILE, profile),
  }))
  return w
}

const certificate = (overrides: Partial<X509Certificate> = {}): X509Certificate => ({
  subject: { CN: 'payments-worker-1', OU: 'payments' },
  issuer: { CN: 'Corp Root CA', O: 'Corp' },
  serialNumber: '5c1d0e9f',
  subjectAlternativeNames: { dns: ['worker-1.corp.example'] },
  notAfter: NOW + 30 * 86400_000,
  ...overrides,
})

const input = (overrides: Partial<X509Certificate> = {}) => ({
  trustAnchorArn: ANCHOR,
  profileArn: PROFILE,
  roleArn: ROLE,
  certificate: certificate(overrides),
})

describe('createSession (Roles Anywhere)', () => {
  it('names the session after the serial, sets the CN as source identity and x509 principal tags', () => {
    const outcome = createSession(world(), { kind: 'anonymous' }, input())
    if (outcome.status !== 'ok') throw new Error(outcome.error.message)
    const [set] = outcome.value.credentialSet
    expect(set?.assumedRoleUser.arn).toBe(`arn:aws:sts::${A}:assumed-role/Workload/5c1d0e9f`)
    expect(set?.sourceIdentity).toBe('payments-worker-1')
    expect(set?.credentials.expiration).toBe(NOW + 3600_000)
    const resolved = resolveCaller(outcome.world, {
      kind: 'session',
      accessKeyId: set?.credentials.accessKeyId ?? '',
    })
    expect(resolved?.ok && resolved.caller.context).toMatchObject({
      'aws:PrincipalTag/x509Subject/CN': 'payments-worker-1',
      'aws:PrincipalTag/x509Issuer/CN': 'Corp Root CA',
      'aws:PrincipalTag/x509SAN/DNS': 'worker-1.corp.example',
      'aws:SourceIdentity': 'payments-worker-1',
    })
  })

  it("intersects the role's permissions with the profile's session policy", () => {
    const outcome = createSession(world(), { kind: 'anonymous' }, input())
    if (outcome.status !== 'ok') throw new Error(outcome.error.message)
    const key = outcome.value.credentialSet[0]?.credentials.accessKeyId ?? ''
    const decide = (action: string) => {
      const answer = authorize(
        outcome.world,
        { kind: 'session', accessKeyId: key },
        { action, resource: 'arn:aws:s3:::b/k' },
      )
      return answer.status === 'decided' ? answer.decision.decision : answer.error.code
    }
    expect(decide('s3:GetObject')).toBe('allowed')
    expect(decide('s3:PutObject')).toBe('implicitDeny')
  })

  it("refuses a certificate that does not chain to the anchor's CA", () => {
    const outcome = createSession(
      world(),
      { kind: 'anonymous' },
      input({ issuer: { CN: 'Someone Else CA' } }),
    )
    expect(outcome.status === 'error' && outcome.error).toEqual({
      code: 'AccessDeniedException',
      message: 'Untrusted Signing Certificate',
      httpStatus: 403,
    })
  })

  it('refuses a trust policy that lacks sts:TagSession or sts:SetSourceIdentity', () => {
    const outcome = createSession(
      world({ trustActions: ['sts:AssumeRole'] }),
      { kind: 'anonymous' },
      input(),
    )
    expect(outcome.status === 'error' && outcome.error.code).toBe('AccessDeniedException')
    expect(outcome.status === 'error' && outcome.error.message).toContain('sts:TagSession')
  })

  it('refuses a certificate whose attributes the trust policy does not accept', () => {
    const outcome = createSession(
      world(),
      { kind: 'anonymous' },
      input({ subject: { CN: 'intruder', OU: 'marketing' } }),
    )
    expect(outcome.status).toBe('error')
  })

  it('refuses a disabled anchor, a role outside the profile and an expired certificate', () => {
    expect(
      createSession(world({ anchorEnabled: false }), { kind: 'anonymous' }, input()).status,
    ).toBe('error')
    expect(
      createSession(world({ profile: { roleArns: [] } }), { kind: 'anonymous' }, input()).status,
    ).toBe('error')
    expect(createSession(world(), { kind: 'anonymous' }, input({ notAfter: NOW })).status).toBe(
      'error',
    )
  })

  it("ends the session at the certificate's expiry when that comes first, and never outlasts the profile", () => {
    const soon = createSession(world(), { kind: 'anonymous' }, input({ notAfter: NOW + 600_000 }))
    expect(soon.status === 'ok' && soon.value.credentialSet[0]?.credentials.expiration).toBe(
      NOW + 600_000,
    )
    const long = createSession(
      world(),
      { kind: 'anonymous' },
      { ...input(), durationSeconds: 43200 },
    )
    expect(long.status === 'ok' && long.value.credentialSet[0]?.credentials.expiration).toBe(
      NOW + 3600_000,
    )
  })

  it('takes a custom session name only when the profile accepts one', () => {
    const refused = createSession(
      world(),
      { kind: 'anonymous' },
      { ...input(), roleSessionName: 'worker-1' },
    )
    expect(refused.status === 'error' && refused.error.code).toBe('ValidationException')
    const accepted = createSession(
      world({ profile: { acceptRoleSessionName: true } }),
      { kind: 'anonymous' },
      { ...input(), roleSessionName: 'worker-1' },
    )
    expect(accepted.status === 'ok' && accepted.value.credentialSet[0]?.assumedRoleUser.arn).toBe(
      `arn:aws:sts::${A}:assumed-role/Workload/worker-1`,
    )
  })
})
