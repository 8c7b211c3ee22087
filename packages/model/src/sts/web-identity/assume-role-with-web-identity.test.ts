/**
 * `assumeRoleWithWebIdentity` with a GitHub-style OIDC provider and an Amazon Cognito identity
 * pool. Sources: iam-facts §2, §6, §10;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 */
import { describe, expect, it } from 'vitest'
import { A, ADMIN, emptyWorld, NOW, ok, roleArn, withRole } from '../../../test/sts-world.ts'
import { createOidcProvider } from '../../iam/create-oidc-provider.ts'
import { resolveCaller } from '../../request/resolve-caller.ts'
import type { World } from '../../world/types.ts'
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts'
import type { WebIdentityToken } from './token.ts'

const GITHUB = 'token.actions.githubusercontent.com'
const anonymous = { kind: 'anonymous' } as const

function githubWorld(withProvider = true): World {
  let w = emptyWorld()
  if (withProvider)
    w = ok(
      createOidcProvider(w, ADMIN, {
        accountId: A,
        url: `https://${GITHUB}`,
        clientIds: ['sts.amazonaws.com'],
      }),
    ).world
  return withRole(w, A, 'Deploy', {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${GITHUB}` },
        Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity'],
        Condition: {
          StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${GITHUB}:sub`]: 'repo:octo-org/octo-repo:*' },
        },
      },
    ],
  })
}

const githubToken = (overrides: Partial<WebIdentityToken> = {}): WebIdentityToken => ({
  iss: `https://${GITHUB}`,
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  ...overrides,
})

describe('assumeRoleWithWebIdentity: a GitHub-style OIDC provider', () => {
  it("admits a token whose subject the trust policy names, and the provider's keys stay on the session", () => {
    const assumed = ok(
      assumeRoleWithWebIdentity(githubWorld(), anonymous, {
        roleArn: roleArn(A, 'Deploy'),
        roleSessionName: 'gha',
        webIdentityToken: githubToken(),
      }),
    )
    expect(assumed.value).toMatchObject({
      provider: `https://${GITHUB}`,
      audience: 'sts.amazonaws.com',
      subjectFromWebIdentityToken: githubToken().sub,
    })
    const resolved = resolveCaller(assumed.world, {
      kind: 'session',
      accessKeyId: assumed.value.credentials.accessKeyId,
    })
    expect(resolved?.ok && resolved.caller.context).toMatchObject({
      'aws:FederatedProvider': GITHUB,
      [`${GITHUB}:sub`]: githubToken().sub,
      [`${GITHUB}:aud`]: 'sts.amazonaws.com',
      'aws:PrincipalType': 'AssumedRole',
    })
  })

  it('denies another repository: Not authorized to perform sts:AssumeRoleWithWebIdentity', () => {
    const outcome = assumeRoleWithWebIdentity(githubWorld(), anonymous, {
      roleArn: roleArn(A, 'Deploy'),
      roleSessionName: 'gha',
      webIdentityToken: githubToken({ sub: 'repo:evil/fork:ref:refs/heads/main' }),
    })
    expect(outcome.status === 'error' && outcome.error).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      httpStatus: 403,
    })
  })

  it('refuses an audience that is not a client id of the provider: Incorrect token audience', () => {
    const outcome = assumeRoleWithWebIdentity(githubWorld(), anonymous, {
      roleArn: roleArn(A, 'Deploy'),
      roleSessionName: 'gha',
      webIdentityToken: githubToken({ aud: 'other' }),
    })
    expect(outcome.status === 'error' && outcome.error).toEqual({
      code: 'InvalidIdentityToken',
      message: 'Incorrect token audience',
      httpStatus: 400,
    })
  })

  it("refuses an issuer with no IAM OIDC provider in the role's account", () => {
    const outcome = assumeRoleWithWebIdentity(githubWorld(false), anonymous, {
      roleArn: roleArn(A, 'Deploy'),
      roleSessionName: 'gha',
      webIdentityToken: githubToken(),
    })
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      `No OpenIDConnect provider found in your account for https://${GITHUB}`,
    )
  })

  it('refuses an expired token with ExpiredTokenException', () => {
    const outcome = assumeRoleWithWebIdentity(githubWorld(), anonymous, {
      roleArn: roleArn(A, 'Deploy'),
      roleSessionName: 'gha',
      webIdentityToken: githubToken({ exp: NOW / 1000 - 1 }),
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('ExpiredTokenException')
  })

  it('sets the source identity and session tags the token carries, when the trust policy allows it', () => {
    const token = githubToken({
      'https://aws.amazon.com/source_identity': 'octocat',
      'https://aws.amazon.com/tags': {
        principal_tags: { team: ['platform'] },
        transitive_tag_keys: ['team'],
      },
    })
    const assumed = ok(
      assumeRoleWithWebIdentity(githubWorld(), anonymous, {
        roleArn: roleArn(A, 'Deploy'),
        roleSessionName: 'gha',
        webIdentityToken: token,
      }),
    )
    const session = assumed.world.sessions.get(assumed.value.credentials.accessKeyId)
    expect(session?.sourceIdentity).toBe('octocat')
    expect(session?.tags).toEqual([{ key: 'team', value: 'platform', transitive: true }])
  })

  it('refuses a session longer than the role allows', () => {
    const outcome = assumeRoleWithWebIdentity(githubWorld(), anonymous, {
      roleArn: roleArn(A, 'Deploy'),
      roleSessionName: 'gha',
      webIdentityToken: githubToken(),
      durationSeconds: 7200,
    })
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    )
  })
})

describe('assumeRoleWithWebIdentity: an Amazon Cognito identity pool', () => {
  const POOL = 'us-east-1:12345678-abcd-abcd-abcd-123456789012'
  function cognitoWorld(): World {
    return withRole(emptyWorld(), A, 'CognitoAuthenticated', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': POOL },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
        },
      ],
    })
  }
  const token = (amr: readonly string[]): WebIdentityToken => ({
    iss: 'https://cognito-identity.amazonaws.com',
    aud: POOL,
    sub: 'us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    amr,
  })

  it('admits an authenticated identity of the pool with no IAM provider', () => {
    const assumed = ok(
      assumeRoleWithWebIdentity(cognitoWorld(), anonymous, {
        roleArn: roleArn(A, 'CognitoAuthenticated'),
        roleSessionName: 'app',
        webIdentityToken: token(['authenticated', 'accounts.google.com']),
      }),
    )
    const resolved = resolveCaller(assumed.world, {
      kind: 'session',
      accessKeyId: assumed.value.credentials.accessKeyId,
    })
    expect(resolved?.ok && resolved.caller.context['aws:FederatedProvider']).toBe(
      'cognito-identity.amazonaws.com',
    )
  })

  it('denies an unauthenticated identity', () => {
    const outcome = assumeRoleWithWebIdentity(cognitoWorld(), anonymous, {
      roleArn: roleArn(A, 'CognitoAuthenticated'),
      roleSessionName: 'app',
      webIdentityToken: token(['unauthenticated']),
    })
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    )
  })

  it('denies another pool', () => {
    const other = {
      ...token(['authenticated']),
      aud: 'us-east-1:00000000-0000-0000-0000-000000000000',
    }
    const outcome = assumeRoleWithWebIdentity(cognitoWorld(), anonymous, {
      roleArn: roleArn(A, 'CognitoAuthenticated'),
      roleSessionName: 'app',
      webIdentityToken: other,
    })
    expect(outcome.status).toBe('error')
  })
})
