/**
 * The unsigned calls replayed: web identity with the provider supplying `iss`, SAML with the
 * default `Role` attribute and the assertion's validity counted from the step, and Roles
 * Anywhere with a certificate issued by the trust anchor's authority.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNT, allow, replayText, step, trust, world } from './support.ts'

const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const AZURE = `arn:aws:iam::${ACCOUNT}:saml-provider/AzureAD`

const trace = replayText(
  world(`identityProviders:
  github: { account: main, type: oidc, url: token.actions.githubusercontent.com, clientIds: [sts.amazonaws.com] }
  AzureAD: { account: main, type: saml }
roles:
  Deploy:
    account: main
    trust: ${trust(
      `{ Federated: '${GITHUB}' }`,
      'sts:AssumeRoleWithWebIdentity',
      "{ StringEquals: { token.actions.githubusercontent.com:aud: sts.amazonaws.com }, StringLike: { token.actions.githubusercontent.com:sub: 'repo:acme/orders:*' } }",
    )}
  Admins:
    account: main
    trust: ${trust(
      `{ Federated: '${AZURE}' }`,
      '[sts:AssumeRoleWithSAML, sts:TagSession]',
      "{ StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }",
    )}
  Workload:
    account: main
    trust: ${trust(
      '{ Service: rolesanywhere.amazonaws.com }',
      '[sts:AssumeRole, sts:TagSession, sts:SetSourceIdentity]',
      '{ StringEquals: { aws:PrincipalTag/x509Subject/OU: ci } }',
    )}
    inline: { Read: ${allow('s3:GetObject')} }
rolesAnywhere:
  anchors:
    corp-ca: { account: main, certificateAuthority: 'CN=Corp Root CA,O=Corp' }
  profiles:
    workloads: { account: main, roles: [Workload] }
steps:
  - id: ci
    assumeRoleWithWebIdentity:
      roleArn: Deploy
      roleSessionName: ci
      provider: github
      webIdentityToken: { sub: 'repo:acme/orders:ref:refs/heads/main', aud: sts.amazonaws.com }
    expect: allowed
  - id: fork
    assumeRoleWithWebIdentity:
      roleArn: Deploy
      roleSessionName: fork
      provider: github
      webIdentityToken: { sub: 'repo:evil/orders:ref:refs/heads/main', aud: sts.amazonaws.com }
    expect: { decision: implicitDeny, gate: trust }
  - id: saml
    assumeRoleWithSAML:
      roleArn: Admins
      principalArn: AzureAD
      samlAssertion: { subject: alice@acme.example, roleSessionName: alice, principalTags: { team: blue } }
    expect: allowed
  - id: saml-late
    advance: 4m
  - id: saml-stale
    assumeRoleWithSAML:
      roleArn: Admins
      principalArn: AzureAD
      samlAssertion: { subject: alice@acme.example, roleSessionName: alice, validFor: 1m }
  - id: cert
    createSession:
      trustAnchorArn: corp-ca
      profileArn: workloads
      roleArn: Workload
      certificate: { subject: { CN: build-01, OU: ci }, serialNumber: 0a1b2c }
    expect: allowed
  - id: cert-use
    as: 0a1b2c@Workload
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: allowed
  - id: cert-other-ca
    createSession:
      trustAnchorArn: corp-ca
      profileArn: workloads
      roleArn: Workload
      certificate: { subject: { CN: build-02, OU: ci }, issuer: { CN: Evil CA }, serialNumber: 0d0e0f }
    expect: { error: AccessDeniedException, message: Untrusted Signing Certificate }
`),
)

describe('assumeRoleWithWebIdentity', () => {
  it("takes the token's issuer from the provider and is trusted on sub and aud", () => {
    const ci = step(trace, 'ci')
    expect(ci.actor).toEqual({ entity: GITHUB, label: 'github', kind: 'provider' })
    expect(ci.call).toEqual({
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: `arn:aws:iam::${ACCOUNT}:role/Deploy`,
    })
    expect(ci.output).toMatchObject({
      SubjectFromWebIdentityToken: 'repo:acme/orders:ref:refs/heads/main',
      Audience: 'sts.amazonaws.com',
      AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Deploy/ci` },
    })
    expect(ci.sessions.created[0]).toMatchObject({
      name: 'ci@Deploy',
      source: 'AssumeRoleWithWebIdentity',
    })
    expect(
      trace.entities.find((entity) => entity.id === ci.sessions.created[0]?.entity)?.parent,
    ).toBe(GITHUB)
  })

  it('refuses a token whose subject the trust policy does not name', () => {
    expect(step(trace, 'fork').outcome).toMatchObject({ status: 'denied', gate: 'trust' })
    expect(step(trace, 'fork').sessions.created).toEqual([])
  })
})

describe('assumeRoleWithSAML', () => {
  it('pairs this role with this provider in the Role attribute, and tags the session', () => {
    const saml = step(trace, 'saml')
    expect(saml.outcome).toMatchObject({ status: 'allowed', gate: 'trust' })
    expect(saml.output).toMatchObject({
      Subject: 'alice@acme.example',
      Audience: 'https://signin.aws.amazon.com/saml',
      AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admins/alice` },
    })
    expect(saml.sessions.created[0]?.tags).toEqual([
      { key: 'team', value: 'blue', transitive: false },
    ])
  })

  it('counts the assertion’s validity from the step', () => {
    expect(step(trace, 'saml-stale').outcome.status).toBe('allowed')
  })
})

describe('createSession (Roles Anywhere)', () => {
  it("accepts a certificate of the anchor's authority, named by its serial, with x509 tags", () => {
    const cert = step(trace, 'cert')
    expect(cert.actor).toMatchObject({ label: 'corp-ca', kind: 'trustAnchor' })
    expect(cert.sessions.created[0]).toMatchObject({
      name: '0a1b2c@Workload',
      sessionName: '0a1b2c',
      sourceIdentity: 'build-01',
      source: 'RolesAnywhere',
    })
    expect(cert.sessions.created[0]?.tags).toContainEqual({
      key: 'x509Subject/OU',
      value: 'ci',
      transitive: false,
    })
    expect(cert.output).toMatchObject({
      credentialSet: [
        { roleArn: `arn:aws:iam::${ACCOUNT}:role/Workload`, sourceIdentity: 'build-01' },
      ],
    })
    expect(step(trace, 'cert-use').outcome.status).toBe('allowed')
  })

  it('refuses a certificate of another authority', () => {
    expect(step(trace, 'cert-other-ca').outcome).toMatchObject({
      status: 'error',
      error: { code: 'AccessDeniedException', message: 'Untrusted Signing Certificate' },
    })
  })

  it('holds every expectation', () => {
    expect(trace.setup.errors).toEqual([])
    expect(trace.steps.filter((entry) => entry.expectation?.held === false)).toEqual([])
  })
})
