/**
 * `assumeRoleWithSAML`. Sources: iam-facts §10;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html
 */
import { describe, expect, it } from 'vitest'
import { A, ADMIN, emptyWorld, NOW, ok, roleArn, withRole } from '../../../test/sts-world.ts'
import { createSamlProvider } from '../../iam/create-saml-provider.ts'
import { resolveCaller } from '../../request/resolve-caller.ts'
import type { World } from '../../world/types.ts'
import { nameQualifier, samlAttributes, type SamlAssertion } from './assertion.ts'
import { assumeRoleWithSAML } from './assume-role-with-saml.ts'

const PROVIDER = `arn:aws:iam::${A}:saml-provider/Okta`
const ROLE = roleArn(A, 'Engineers')

function world(extraActions: readonly string[] = []): World {
  const w = ok(createSamlProvider(emptyWorld(), ADMIN, { accountId: A, name: 'Okta' })).world
  return withRole(
    w,
    A,
    'Engineers',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER },
          Action: ['sts:AssumeRoleWithSAML', ...extraActions],
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        },
      ],
    },
    { maxSessionDuration: 43200 },
  )
}

const assertion = (
  attributes: Record<string, readonly string[]> = {},
  extra: Partial<SamlAssertion> = {},
): SamlAssertion => ({
  issuer: 'http://www.okta.com/exk123',
  recipient: 'https://signin.aws.amazon.com/saml',
  subject: 'diego@example.com',
  subjectFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  attributes: {
    [samlAttributes.role]: [`${ROLE},${PROVIDER}`],
    [samlAttributes.roleSessionName]: ['diego'],
    ...attributes,
  },
  ...extra,
})

describe('assumeRoleWithSAML', () => {
  it("admits the assertion's user and keeps saml:sub, saml:sub_type and saml:namequalifier on the session", () => {
    const assumed = ok(
      assumeRoleWithSAML(
        world(),
        { kind: 'anonymous' },
        { roleArn: ROLE, principalArn: PROVIDER, samlAssertion: assertion() },
      ),
    )
    expect(assumed.value).toMatchObject({
      subject: 'diego@example.com',
      subjectType: 'persistent',
      issuer: 'http://www.okta.com/exk123',
      audience: 'https://signin.aws.amazon.com/saml',
      nameQualifier: nameQualifier('http://www.okta.com/exk123', A, 'Okta'),
    })
    expect(assumed.value.assumedRoleUser.arn).toBe(`arn:aws:sts::${A}:assumed-role/Engineers/diego`)
    const resolved = resolveCaller(assumed.world, {
      kind: 'session',
      accessKeyId: assumed.value.credentials.accessKeyId,
    })
    expect(resolved?.ok && resolved.caller.context).toMatchObject({
      'saml:sub': 'diego@example.com',
      'saml:sub_type': 'persistent',
    })
    expect(resolved?.ok && resolved.caller.context).not.toHaveProperty('saml:aud')
  })

  it('denies an assertion for another recipient', () => {
    const outcome = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      {
        roleArn: ROLE,
        principalArn: PROVIDER,
        samlAssertion: assertion({}, { recipient: 'https://example.com/acs' }),
      },
    )
    expect(outcome.status === 'error' && outcome.error).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
    })
  })

  it('requires the RoleSessionName attribute, in its pattern', () => {
    const missing = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      {
        roleArn: ROLE,
        principalArn: PROVIDER,
        samlAssertion: assertion({ [samlAttributes.roleSessionName]: [] }),
      },
    )
    expect(missing.status === 'error' && missing.error).toEqual({
      code: 'InvalidIdentityToken',
      message: 'RoleSessionName is required in AuthnResponse',
      httpStatus: 400,
    })
    const bad = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      {
        roleArn: ROLE,
        principalArn: PROVIDER,
        samlAssertion: assertion({ [samlAttributes.roleSessionName]: ['diego ramirez'] }),
      },
    )
    expect(bad.status === 'error' && bad.error.message).toBe(
      'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
    )
  })

  it('needs sts:TagSession and sts:SetSourceIdentity for PrincipalTag and SourceIdentity attributes', () => {
    const attributes = {
      [`${samlAttributes.principalTagPrefix}Project`]: ['Unicorn'],
      [samlAttributes.sourceIdentity]: ['DiegoRamirez'],
    }
    const denied = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      { roleArn: ROLE, principalArn: PROVIDER, samlAssertion: assertion(attributes) },
    )
    expect(denied.status === 'error' && denied.error.message).toBe(
      'Not authorized to perform sts:AssumeRoleWithSAML',
    )
    const allowed = ok(
      assumeRoleWithSAML(
        world(['sts:TagSession', 'sts:SetSourceIdentity']),
        { kind: 'anonymous' },
        { roleArn: ROLE, principalArn: PROVIDER, samlAssertion: assertion(attributes) },
      ),
    )
    const session = allowed.world.sessions.get(allowed.value.credentials.accessKeyId)
    expect(session).toMatchObject({
      sourceIdentity: 'DiegoRamirez',
      tags: [{ key: 'Project', value: 'Unicorn', transitive: false }],
    })
  })

  it('ends the session at SessionNotOnOrAfter when that comes before DurationSeconds', () => {
    const ends = NOW + 1800_000
    const assumed = ok(
      assumeRoleWithSAML(
        world(),
        { kind: 'anonymous' },
        {
          roleArn: ROLE,
          principalArn: PROVIDER,
          samlAssertion: assertion({}, { sessionNotOnOrAfter: ends }),
          durationSeconds: 7200,
        },
      ),
    )
    expect(assumed.value.credentials.expiration).toBe(ends)
  })

  it('refuses a provider that does not exist', () => {
    const outcome = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      {
        roleArn: ROLE,
        principalArn: `arn:aws:iam::${A}:saml-provider/Nope`,
        samlAssertion: assertion(),
      },
    )
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      "Specified provider doesn't exist.",
    )
  })

  it('refuses an assertion whose Role attribute does not pair this role with this provider', () => {
    const outcome = assumeRoleWithSAML(
      world(),
      { kind: 'anonymous' },
      {
        roleArn: ROLE,
        principalArn: PROVIDER,
        samlAssertion: assertion({ [samlAttributes.role]: [`${roleArn(A, 'Other')},${PROVIDER}`] }),
      },
    )
    expect(outcome.status === 'error' && outcome.error.code).toBe('AccessDenied')
  })
})
