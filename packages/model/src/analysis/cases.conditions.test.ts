/**
 * Named cases of conditional edges and of principals other than IAM users (iam-facts §2, §6,
 * §7, §9–10, §16): MFA, external ids, services, OIDC and SAML providers, the root user, SCPs,
 * a re-created user, accounts outside the world, `aws:PrincipalOrgID`.
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  B,
  C,
  allow,
  emptyWorld,
  roleArn,
  trust,
  userArn,
  withMfa,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { createOidcProvider } from '../iam/create-oidc-provider.ts'
import { createSamlProvider } from '../iam/create-saml-provider.ts'
import { deleteUser } from '../iam/delete-user.ts'
import { createOrganization } from '../organizations/create-organization.ts'
import { rootArn } from '../world/arn.ts'
import type { World } from '../world/types.ts'
import { canAssume } from './can-assume.ts'
import { ADMIN, must, mustOrg, trustDocument } from './testing/build.ts'
import { runCase, type AnalysisCase } from './testing/case-runner.ts'
import { withScp } from './testing/org-cases.ts'

const alice = userArn(A, 'alice')
const target = roleArn(A, 'Target')
const GITHUB = 'token.actions.githubusercontent.com'
const oidcArn = `arn:aws:iam::${A}:oidc-provider/${GITHUB}`
const samlArn = `arn:aws:iam::${A}:saml-provider/Okta`
const mfaTrue = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }

function aliceAnd(trustPolicy: object, mfaDevice = false): World {
  const world = withUser(emptyWorld(), A, 'alice')
  return withRole(mfaDevice ? withMfa(world, A, 'alice').world : world, A, 'Target', trustPolicy)
}

function withGithub(world: World): World {
  return must(
    createOidcProvider(world, ADMIN, {
      accountId: A,
      url: `https://${GITHUB}`,
      clientIds: ['sts.amazonaws.com'],
    }),
  ).world
}

const cases: AnalysisCase[] = [
  {
    name: 'a trust policy requiring MFA: the user with an MFA device assumes with MFA only',
    source: 'iam-facts §9 "MFA in trust: Bool aws:MultiFactorAuthPresent true"',
    world: () => aliceAnd(trust({ AWS: alice }, 'sts:AssumeRole', mfaTrue), true),
    principal: alice,
    role: target,
    expect: { edge: { requires: ['mfa'], reason: /MFA required/ } },
  },
  {
    name: 'a trust policy requiring MFA: a user without a device signs in with MFA at the console',
    source: 'iam-facts §6 `aws:MultiFactorAuthPresent`; §11 console sessions',
    world: () => aliceAnd(trust({ AWS: alice }, 'sts:AssumeRole', mfaTrue)),
    principal: alice,
    role: target,
    expect: { edge: { requires: ['mfa'] } },
  },
  {
    name: 'an external id the trust policy requires must be passed',
    source: 'iam-facts §9 "External ID: require with StringEquals sts:ExternalId"',
    world: () =>
      withRole(
        withUser(emptyWorld(), B, 'carol', [allow('sts:AssumeRole')]),
        A,
        'Target',
        trust({ AWS: B }, 'sts:AssumeRole', { StringEquals: { 'sts:ExternalId': 'unique-123' } }),
      ),
    principal: userArn(B, 'carol'),
    role: target,
    expect: {
      edge: { requires: ['externalId'], identityNeeded: true, reason: /external id `unique-123`/ },
    },
  },
  {
    name: 'a service principal assumes its service role',
    source: 'iam-facts §16 "Service role: trust names a service principal"',
    world: () => withRole(emptyWorld(), A, 'Target', trust({ Service: 'ec2.amazonaws.com' })),
    principal: 'ec2.amazonaws.com',
    role: target,
    expect: { edge: { requires: [], reason: /names the service/ } },
  },
  {
    name: 'a service role guarded against the confused deputy needs the source account',
    source: 'iam-facts §6 `aws:SourceAccount` (service-to-service calls)',
    world: () =>
      withRole(
        emptyWorld(),
        A,
        'Target',
        trust({ Service: 'lambda.amazonaws.com' }, 'sts:AssumeRole', {
          StringEquals: { 'aws:SourceAccount': A },
        }),
      ),
    principal: 'lambda.amazonaws.com',
    role: target,
    expect: { edge: { requires: ['other'] } },
  },
  {
    name: 'GitHub Actions through an OIDC provider: aud and sub conditions',
    source:
      'iam-facts §2 web identity principals; §6 `<issuer>:aud|sub`; §10 AssumeRoleWithWebIdentity',
    world: () =>
      withRole(
        withGithub(emptyWorld()),
        A,
        'Target',
        trust({ Federated: oidcArn }, 'sts:AssumeRoleWithWebIdentity', {
          StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${GITHUB}:sub`]: 'repo:example/app:*' },
        }),
      ),
    principal: oidcArn,
    role: target,
    expect: { edge: { requires: ['providerClaim'], reason: /names the provider/ } },
  },
  {
    name: 'an OIDC trust for another repository is not an edge',
    source: 'iam-facts §6 `<issuer>:sub`',
    world: () =>
      withRole(
        withGithub(emptyWorld()),
        A,
        'Target',
        trust({ Federated: oidcArn }, 'sts:AssumeRoleWithWebIdentity', {
          StringEquals: {
            [`${GITHUB}:sub`]: 'repo:example/app:ref:refs/heads/main',
            [`${GITHUB}:aud`]: 'not-a-client-id',
          },
        }),
      ),
    principal: oidcArn,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'trust' } },
  },
  {
    name: 'an OIDC provider serves only the roles of its own account (fast-check counterexample)',
    source:
      "iam-facts §10 AssumeRoleWithWebIdentity: the provider must be an IAM provider of the role's account",
    world: () =>
      withRole(
        withRole(
          withGithub(emptyWorld()),
          A,
          'Deploy',
          trust({ Federated: oidcArn }, 'sts:AssumeRoleWithWebIdentity'),
        ),
        B,
        'Target',
        trust({ AWS: '999999999999' }),
      ),
    principal: oidcArn,
    role: roleArn(B, 'Target'),
    expect: { denied: { reason: 'error', code: 'InvalidIdentityToken' } },
  },
  {
    name: 'a SAML provider with the SAML:aud condition of the console',
    source: 'iam-facts §10 AssumeRoleWithSAML "Typical trust … SAML:aud"',
    world: () =>
      withRole(
        must(createSamlProvider(emptyWorld(), ADMIN, { accountId: A, name: 'Okta' })).world,
        A,
        'Target',
        trust({ Federated: samlArn }, 'sts:AssumeRoleWithSAML', {
          StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
        }),
      ),
    principal: samlArn,
    role: target,
    expect: { edge: { requires: [] } },
  },
  {
    name: 'the root user cannot assume a role, even one that trusts its account',
    source: 'iam-facts §2 "Roles may not be assumed by root accounts."',
    world: () => withRole(emptyWorld(), A, 'Target', trust({ AWS: A })),
    principal: rootArn(A),
    role: target,
    expect: { denied: { reason: 'error', code: 'AccessDenied' } },
  },
  {
    name: 'an SCP that denies sts:AssumeRole stops a user its trust names',
    source: "iam-facts §7 step 1 and 3 (SCPs of the principal's account)",
    world: () => withScp(aliceAnd(trust({ AWS: alice })), C, A, 'sts:AssumeRole'),
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'explicitDeny', gate: 'scp' } },
  },
  {
    name: 'a deleted and re-created user does not match the trust that named the old one',
    source: 'iam-facts §2 "Unique-ID transform … no longer matches a re-created same-named entity"',
    world: () => {
      const before = aliceAnd(trust({ AWS: alice }))
      const gone = must(deleteUser(before, ADMIN, { accountId: A, userName: 'alice' })).world
      return withUser(gone, A, 'alice')
    },
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'trust' } },
  },
  {
    name: 'an account outside the world named in a trust policy is an external principal',
    source: 'iam-facts §2 account principal; §9 cross account (its administrator must allow)',
    world: () =>
      withRole(
        emptyWorld(),
        A,
        'Target',
        trust({ AWS: '999999999999' }, 'sts:AssumeRole', {
          StringEquals: { 'sts:ExternalId': 'partner-1' },
        }),
      ),
    principal: '999999999999',
    role: target,
    expect: { edge: { requires: ['externalId'], identityNeeded: true } },
  },
  {
    name: '`Principal: *` with aws:PrincipalOrgID admits a member of the organization',
    source: 'iam-facts §2 `"Principal":"*"`; §6 `aws:PrincipalOrgID`',
    world: () => {
      const base = withUser(emptyWorld(), B, 'carol', [allow('sts:AssumeRole')])
      const org = mustOrg(
        createOrganization(base, { managementAccount: C, memberAccounts: [A, B] }),
      ).world
      const id = org.organization?.id ?? ''
      return withRole(
        org,
        A,
        'Shared',
        trustDocument('*', 'sts:AssumeRole', { StringEquals: { 'aws:PrincipalOrgID': id } }),
      )
    },
    principal: userArn(B, 'carol'),
    role: roleArn(A, 'Shared'),
    expect: { edge: { requires: [], identityNeeded: true, reason: /everyone/ } },
  },
]

describe('conditional edges and other principals (named cases)', () => {
  for (const c of cases) it(`${c.name} (${c.source})`, () => void runCase(c))

  it('`canAssume` with the conditions an edge states succeeds, and fails without MFA (iam-facts §9)', () => {
    const world = aliceAnd(trust({ AWS: alice }, 'sts:AssumeRole', mfaTrue), true)
    expect(canAssume(world, alice, target, { mfa: true })?.status).toBe('edge')
    expect(canAssume(world, alice, target, {})).toEqual({
      status: 'denied',
      denial: { reason: 'decision', decision: 'implicitDeny', gate: 'trust' },
    })
  })

  it('a re-created user leaves the old id dangling in the trust policy (iam-facts §2)', () => {
    const c = cases.find((each) => each.name.startsWith('a deleted and re-created'))
    const world = c?.world()
    const role = world?.accounts.get(A)?.roles.get('target')
    const old = role?.trustPolicy.policy.statements[0]?.principal?.aws[0]
    expect(old).toMatch(/^AIDA/)
    expect(world?.accounts.get(A)?.users.get('alice')?.id).not.toBe(old)
  })
})
