/**
 * The request context AWS builds (iam-facts §2 table, §6;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  allow,
  B,
  emptyWorld,
  ok,
  roleArn,
  trust,
  userArn,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { createOrganization } from '../organizations/create-organization.ts'
import { createResource } from '../resources/create-resource.ts'
import { assumeRole } from '../sts/assume-role.ts'
import type { Caller } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { requestContext } from './request-context.ts'
import { resolveCaller } from './resolve-caller.ts'
import { resourceSide } from './resource-side.ts'
import type { AuthorizeRequest } from './types.ts'

function contextOf(world: World, caller: Caller, request: AuthorizeRequest) {
  const resolved = resolveCaller(world, caller)
  if (!resolved?.ok) throw new Error('caller should resolve')
  return requestContext(
    world,
    resolved.caller,
    resourceSide(world, request.action, request.resource),
    request,
  )
}

function world(): World {
  let w = withUser(
    emptyWorld(),
    A,
    'alice',
    [allow(['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])],
    [{ key: 'team', value: 'blue' }],
  )
  w = withRole(
    w,
    A,
    'Reader',
    trust({ AWS: A }, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']),
    { tags: [{ key: 'tier', value: 'gold' }] },
  )
  return w
}

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const
const list = { action: 's3:ListAllMyBuckets', resource: '*' }

describe('requestContext', () => {
  it('for an IAM user with access keys: no MFA key at all, its name and tags', () => {
    const w = world()
    const context = contextOf(w, alice, list)
    expect(context).toMatchObject({
      'aws:PrincipalArn': userArn(A, 'alice'),
      'aws:PrincipalAccount': A,
      'aws:PrincipalType': 'User',
      'aws:username': 'alice',
      'aws:PrincipalTag/team': 'blue',
      'aws:CurrentTime': '2026-01-01T09:00:00Z',
      'aws:EpochTime': String(Date.UTC(2026, 0, 1, 9) / 1000),
      'aws:SecureTransport': 'true',
      'aws:RequestedRegion': 'us-east-1',
      'aws:ViaAWSService': 'false',
      'aws:PrincipalIsAWSService': 'false',
    })
    expect(context['aws:userid']).toMatch(/^AIDA/)
    expect(context).not.toHaveProperty('aws:MultiFactorAuthPresent')
    expect(context).not.toHaveProperty('aws:TokenIssueTime')
  })

  it('for the root user: type Account, the account id as user id, no user name', () => {
    const context = contextOf(world(), { kind: 'root', accountId: A }, list)
    expect(context).toMatchObject({
      'aws:PrincipalArn': `arn:aws:iam::${A}:root`,
      'aws:PrincipalType': 'Account',
      'aws:userid': A,
    })
    expect(context).not.toHaveProperty('aws:username')
  })

  it("for a role session: the role's ARN as aws:PrincipalArn, the session's keys, role and session tags", () => {
    const assumed = ok(
      assumeRole(world(), alice, {
        roleArn: roleArn(A, 'Reader'),
        roleSessionName: 'alice',
        sourceIdentity: 'alice',
        tags: [{ key: 'project', value: 'x' }],
      }),
    )
    const context = contextOf(
      assumed.world,
      { kind: 'session', accessKeyId: assumed.value.credentials.accessKeyId },
      list,
    )
    expect(context).toMatchObject({
      'aws:PrincipalArn': roleArn(A, 'Reader'),
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': assumed.value.assumedRoleUser.assumedRoleId,
      'aws:TokenIssueTime': '2026-01-01T09:00:00Z',
      'aws:MultiFactorAuthPresent': 'false',
      'aws:SourceIdentity': 'alice',
      'aws:PrincipalTag/tier': 'gold',
      'aws:PrincipalTag/project': 'x',
    })
    expect(context).not.toHaveProperty('aws:username')
    expect(context).not.toHaveProperty('aws:PrincipalTag/team')
  })

  it("adds the organization keys of the caller's and the resource's accounts", () => {
    const org = createOrganization(world(), { managementAccount: B, memberAccounts: [A] })
    if (org.status !== 'ok') throw new Error(org.error.message)
    const bucket = createResource(org.world, {
      type: 's3:bucket',
      account: A,
      name: 'reports',
      tags: [{ key: 'data', value: 'secret' }],
    })
    if (bucket.status !== 'ok') throw new Error(bucket.error.message)
    const context = contextOf(bucket.world, alice, {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q1.csv',
    })
    const id = org.value.id
    expect(context).toMatchObject({
      'aws:PrincipalOrgID': id,
      'aws:PrincipalOrgPaths': [`${id}/${org.value.root.id}/`],
      'aws:ResourceAccount': A,
      'aws:ResourceOrgID': id,
    })
    const onBucket = contextOf(bucket.world, alice, {
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::reports',
    })
    expect(onBucket['aws:ResourceTag/data']).toBe('secret')
  })

  it('takes what the caller supplies, but never a key AWS derives', () => {
    const context = contextOf(world(), alice, {
      ...list,
      context: {
        'aws:SourceIp': '203.0.113.7',
        'aws:PrincipalArn': 'arn:aws:iam::999999999999:root',
        'AWS:PrincipalTag/team': 'red',
        'aws:SecureTransport': 'false',
      },
    })
    expect(context['aws:SourceIp']).toBe('203.0.113.7')
    expect(context['aws:SecureTransport']).toBe('false')
    expect(context['aws:PrincipalArn']).toBe(userArn(A, 'alice'))
    expect(context).not.toHaveProperty('AWS:PrincipalTag/team')
  })

  it('marks credentials a service forwards: aws:ViaAWSService, aws:CalledVia, First and Last', () => {
    const context = contextOf(world(), alice, {
      ...list,
      calledVia: ['cloudformation.amazonaws.com', 'dynamodb.amazonaws.com'],
    })
    expect(context).toMatchObject({
      'aws:ViaAWSService': 'true',
      'aws:CalledVia': ['cloudformation.amazonaws.com', 'dynamodb.amazonaws.com'],
      'aws:CalledViaFirst': 'cloudformation.amazonaws.com',
      'aws:CalledViaLast': 'dynamodb.amazonaws.com',
      'aws:MultiFactorAuthPresent': 'false',
    })
  })

  it("for a role's trust policy: the role's tags as aws:ResourceTag", () => {
    const context = contextOf(world(), alice, {
      action: 'sts:AssumeRole',
      resource: roleArn(A, 'Reader'),
    })
    expect(context['aws:ResourceTag/tier']).toBe('gold')
  })
})
