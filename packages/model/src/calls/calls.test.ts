/**
 * Calls beyond IAM's operations: resource and Organizations calls made by a caller, the requests
 * a call makes (for CloudFormation), Roles Anywhere's setup and web identity tokens read from
 * plain data.
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  ADMIN,
  allow,
  B,
  emptyWorld,
  ok,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { createOrganization } from '../organizations/create-organization.ts'
import { createResource } from '../resources/create-resource.ts'
import { createSession } from '../sts/roles-anywhere/create-session.ts'
import type { World } from '../world/types.ts'
import { callRequests } from './call-requests.ts'
import { organizationCallAs } from './organization-calls.ts'
import { createOrganizationPolicy } from '../organizations/create-organization-policy.ts'
import { createResourceAs, putResourcePolicyAs, untagResourceAs } from './resource-calls.ts'
import { createRolesAnywhereProfile, createTrustAnchor } from './roles-anywhere-setup.ts'
import { readWebIdentityToken } from './web-identity-claims.ts'

const dev = { kind: 'user', accountId: A, userName: 'dev' } as const
const BUCKET_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::logs/*' }],
}

function world(policies: readonly object[]): World {
  const w = withUser(emptyWorld(), A, 'dev', policies)
  return withRole(w, A, 'FnRole', trust({ Service: 'lambda.amazonaws.com' }))
}

describe('resource calls made by a caller', () => {
  it("need the service's create action", () => {
    const refused = createResourceAs(world([]), dev, {
      type: 's3:bucket',
      account: A,
      name: 'logs',
    })
    expect(refused.status === 'error' && refused.error.message).toContain(
      's3:CreateBucket on resource: arn:aws:s3:::logs',
    )
    const made = createResourceAs(world([allow('s3:CreateBucket')]), dev, {
      type: 's3:bucket',
      account: A,
      name: 'logs',
    })
    expect(made.status === 'ok' && made.value.arn).toBe('arn:aws:s3:::logs')
  })

  it('pass the role of a Lambda function to lambda.amazonaws.com', () => {
    const input = {
      type: 'lambda:function',
      account: A,
      name: 'fn',
      role: roleArn(A, 'FnRole'),
    } as const
    const without = createResourceAs(world([allow('lambda:CreateFunction')]), dev, input)
    expect(without.status === 'error' && without.error.message).toContain('iam:PassRole')
    const passing = allow('iam:PassRole', roleArn(A, 'FnRole'), {
      StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' },
    })
    const made = createResourceAs(world([allow('lambda:CreateFunction'), passing]), dev, input)
    expect(made.status).toBe('ok')
    expect(made.decisions).toHaveLength(2)
  })

  it("authorize a policy or tag change with that service's action and context", () => {
    const created = createResource(world([allow('s3:PutBucketTagging')]), {
      type: 's3:bucket',
      account: A,
      name: 'logs',
    })
    if (created.status !== 'ok') throw new Error(created.error.message)
    const base = created
    const policy = putResourcePolicyAs(base.world, dev, {
      arn: 'arn:aws:s3:::logs',
      policy: BUCKET_POLICY,
    })
    expect(policy.status === 'error' && policy.error.message).toContain('s3:PutBucketPolicy')
    const untagged = untagResourceAs(base.world, dev, {
      arn: 'arn:aws:s3:::logs',
      tagKeys: ['team'],
    })
    expect(untagged.status).toBe('ok')
    expect(
      putResourcePolicyAs(base.world, ADMIN, { arn: 'arn:aws:s3:::logs', policy: BUCKET_POLICY })
        .decisions,
    ).toEqual([])
  })
})

describe('Organizations calls made by a caller', () => {
  const organized = (w: World): World => {
    const outcome = createOrganization(w, { managementAccount: A })
    if (outcome.status !== 'ok') throw new Error(outcome.error.message)
    return outcome.world
  }
  const create = (w: World) =>
    createOrganizationPolicy(w, { name: 'Deny', kind: 'scp', document: allow('*') })

  it('refuse a principal outside the management account', () => {
    const w = withUser(organized(emptyWorld()), B, 'other', [allow('*')])
    const outcome = organizationCallAs(
      w,
      { kind: 'user', accountId: B, userName: 'other' },
      'organizations:CreatePolicy',
      create,
    )
    expect(outcome.status === 'error' && outcome.error).toMatchObject({
      code: 'AccessDeniedException',
    })
  })

  it("authorize a management-account principal's action", () => {
    const w = organized(world([]))
    const denied = organizationCallAs(w, dev, 'organizations:CreatePolicy', create)
    expect(denied.status === 'error' && denied.error.code).toBe('AccessDenied')
    const allowed = organizationCallAs(
      withUser(w, A, 'admin', [allow('organizations:*')]),
      { kind: 'user', accountId: A, userName: 'admin' },
      'organizations:CreatePolicy',
      create,
    )
    expect(allowed.status).toBe('ok')
  })
})

describe('callRequests', () => {
  const w = world([])
  it.each([
    [
      'attachRolePolicy',
      { accountId: A, roleName: 'FnRole', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      [
        {
          action: 'iam:AttachRolePolicy',
          resource: roleArn(A, 'FnRole'),
          context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        },
      ],
    ],
    [
      'createRole',
      { accountId: A, roleName: 'New', path: '/app/', tags: [{ key: 'team', value: 'blue' }] },
      [
        {
          action: 'iam:CreateRole',
          resource: `arn:aws:iam::${A}:role/app/New`,
          context: { 'aws:TagKeys': ['team'], 'aws:RequestTag/team': 'blue' },
        },
      ],
    ],
    [
      'createResource',
      { accountId: A, type: 'lambda:function', name: 'fn', role: roleArn(A, 'FnRole') },
      [
        {
          action: 'lambda:CreateFunction',
          resource: `arn:aws:lambda:us-east-1:${A}:function:fn`,
          context: {},
        },
        {
          action: 'iam:PassRole',
          resource: roleArn(A, 'FnRole'),
          context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
        },
      ],
    ],
    [
      'createResource',
      { accountId: A, type: 'kms:key', name: 'k' },
      [{ action: 'kms:CreateKey', resource: '*', context: {} }],
    ],
    [
      'revokeSessions',
      { accountId: A, roleName: 'FnRole' },
      [{ action: 'iam:PutRolePolicy', resource: roleArn(A, 'FnRole') }],
    ],
    [
      'moveAccount',
      { accountId: B, destinationParentId: 'ou-x' },
      [{ action: 'organizations:MoveAccount', resource: '*' }],
    ],
  ])('%s asks for what the operation authorizes', (operation, input, expected) => {
    expect(callRequests(w, { operation, input })).toEqual(expected)
  })

  it('knows no other call', () => {
    expect(callRequests(w, { operation: 'launchRocket', input: {} })).toBeUndefined()
  })
})

describe('Roles Anywhere setup', () => {
  it('creates an anchor and a profile a certificate can then use', () => {
    let w = withRole(
      emptyWorld(),
      A,
      'Workload',
      trust({ Service: 'rolesanywhere.amazonaws.com' }, [
        'sts:AssumeRole',
        'sts:TagSession',
        'sts:SetSourceIdentity',
      ]),
    )
    const anchor = ok(
      createTrustAnchor(w, {
        accountId: A,
        region: 'eu-west-1',
        name: 'corp',
        certificateAuthority: 'CN=Corp CA',
      }),
    )
    expect(anchor.value.arn).toMatch(
      new RegExp(`^arn:aws:rolesanywhere:eu-west-1:${A}:trust-anchor/[0-9a-f-]{36}$`),
    )
    const profile = ok(
      createRolesAnywhereProfile(anchor.world, {
        accountId: A,
        region: 'eu-west-1',
        name: 'p',
        roleArns: [roleArn(A, 'Workload')],
      }),
    )
    expect(profile.value).toMatchObject({
      durationSeconds: 3600,
      enabled: true,
      acceptRoleSessionName: false,
    })
    w = profile.world
    const session = createSession(
      w,
      { kind: 'anonymous' },
      {
        trustAnchorArn: anchor.value.arn,
        profileArn: profile.value.arn,
        roleArn: roleArn(A, 'Workload'),
        certificate: {
          subject: { CN: 'build' },
          issuer: { CN: 'Corp CA' },
          serialNumber: '0a',
          notAfter: w.now + 1000,
        },
      },
    )
    expect(session.status).toBe('ok')
  })

  it.each([
    [{ durationSeconds: 600 }, 'durationSeconds must be between 900 and 43200'],
    [{ roleArns: ['arn:aws:iam::111111111111:user/x'] }, 'is not a role ARN'],
    [{ sessionPolicy: '{' }, ''],
    [{ region: 'moon' }, 'is not a region name'],
  ])('refuses a profile with %j', (change, message) => {
    const outcome = createRolesAnywhereProfile(emptyWorld(), {
      accountId: A,
      region: 'us-east-1',
      name: 'p',
      roleArns: [],
      ...change,
    })
    expect(outcome.status).toBe('error')
    expect(outcome.status === 'error' && outcome.error.message).toContain(message)
  })
})

describe('readWebIdentityToken', () => {
  it.each([
    [{ sub: 'x' }, 'Missing a required claim: aud'],
    [{ aud: 'a' }, 'Missing a required claim: sub'],
    [{ aud: 7, sub: 'x' }, "The token's claim aud must be text or a list of text."],
    [
      { aud: 'a', sub: 'x', exp: 'soon' },
      "The token's claim exp must be a number of seconds since the epoch.",
    ],
    [
      { aud: 'a', sub: 'x', 'https://aws.amazon.com/tags': { principal_tags: { team: 'blue' } } },
      "The token's claim https://aws.amazon.com/tags must be",
    ],
  ])('refuses %j as InvalidIdentityToken', (claims, message) => {
    const read = readWebIdentityToken(claims)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.error.code).toBe('InvalidIdentityToken')
    expect(!read.ok && read.error.message).toContain(message)
  })

  it('passes a well-formed token through', () => {
    const claims = {
      aud: ['a', 'b'],
      sub: 'x',
      iss: 'https://issuer',
      amr: ['authenticated'],
      exp: 1,
    }
    expect(readWebIdentityToken(claims)).toEqual({ ok: true, token: claims })
  })
})
