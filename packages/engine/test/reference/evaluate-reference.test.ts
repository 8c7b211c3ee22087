import { describe, expect, it } from 'vitest'
import type { AccessRequest, PolicySet } from '@hatrack/engine'
import { callerOf, fullAccess, toNamedPolicy, type PolicyDocument } from '../arbitraries/index.ts'
import { evaluateReference } from './evaluate-reference.ts'
import type { ReferenceDecision } from './reference-decision.ts'

const A = '111122223333'
const B = '444455556666'
const EVAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'
const CROSS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html'
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'

const alice = callerOf('user', A)
const session = callerOf('roleSession', A)
const fred = callerOf('federatedUser', A)
const root = callerOf('root', A)
const object = 'arn:aws:s3:::bucket-a/docs/report.txt'

const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({
  Version: '2012-10-17',
  Statement,
})
const allowGet = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
const denyGet = doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' })
const allowNothing = doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })
const bucketPolicy = (AWS: string) =>
  doc({
    Effect: 'Allow',
    Principal: { AWS },
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::bucket-a/*',
  })

const named = (
  name: string,
  kind: Parameters<typeof toNamedPolicy>[0]['kind'],
  document: PolicyDocument,
) => toNamedPolicy({ name, kind, document })

interface Case {
  readonly name: string
  readonly source: string
  readonly request: AccessRequest
  readonly policies: PolicySet
  readonly expected: ReferenceDecision
}

const get = (principal: AccessRequest['principal'], resourceAccount = A): AccessRequest => ({
  principal,
  action: 's3:GetObject',
  resource: object,
  resourceAccount,
})

const cases: Case[] = [
  {
    name: 'a user with no policy is implicitly denied at the identity gate',
    source: EVAL,
    request: get(alice),
    policies: {},
    expected: { decision: 'implicitDeny', gate: 'identity' },
  },
  {
    name: 'the root user is allowed in its own account with no policy',
    source: EVAL,
    request: get(root),
    policies: {},
    expected: { decision: 'allowed', gate: 'identity' },
  },
  {
    name: 'an identity allow grants in the same account',
    source: EVAL,
    request: get(alice),
    policies: { identity: [named('read', 'identity', allowGet)] },
    expected: { decision: 'allowed', gate: 'identity' },
  },
  {
    name: 'an explicit deny in the resource policy beats an identity allow',
    source: EVAL,
    request: get(alice),
    policies: {
      identity: [named('read', 'identity', allowGet)],
      resource: named('bucket', 'resource', doc({ ...denyGet.Statement[0]!, Principal: '*' })),
    },
    expected: { decision: 'explicitDeny', gate: 'resource' },
  },
  {
    name: 'a bucket policy naming the user grants without an identity policy, despite a boundary',
    source: EVAL,
    request: get(alice),
    policies: {
      resource: named('bucket', 'resource', bucketPolicy(alice.arn!)),
      boundary: named('boundary', 'boundary', allowNothing),
    },
    expected: { decision: 'allowed', gate: 'resource' },
  },
  {
    name: 'a bucket policy naming the role is limited by the session policy',
    source: EVAL,
    request: get(session),
    policies: {
      resource: named('bucket', 'resource', bucketPolicy(session.roleArn!)),
      session: [named('session', 'session', allowNothing)],
    },
    expected: { decision: 'implicitDeny', gate: 'session' },
  },
  {
    name: 'a bucket policy naming the role grants without an identity policy',
    source: EVAL,
    request: get(session),
    policies: { resource: named('bucket', 'resource', bucketPolicy(session.roleArn!)) },
    expected: { decision: 'allowed', gate: 'resource' },
  },
  {
    name: 'a bucket policy naming the session is not limited by the session policy',
    source: EVAL,
    request: get(session),
    policies: {
      resource: named('bucket', 'resource', bucketPolicy(session.arn!)),
      session: [named('session', 'session', allowNothing)],
    },
    expected: { decision: 'allowed', gate: 'resource' },
  },
  {
    name: 'a bucket policy naming the account delegates: the user still needs an identity allow',
    source: PRINCIPAL,
    request: get(alice),
    policies: { resource: named('bucket', 'resource', bucketPolicy(A)) },
    expected: { decision: 'implicitDeny', gate: 'identity' },
  },
  {
    name: 'a federated user without a session policy has no permissions',
    source: EVAL,
    request: get(fred),
    policies: { identity: [named('read', 'identity', allowGet)] },
    expected: { decision: 'implicitDeny', gate: 'session' },
  },
  {
    name: 'a role session without a session policy keeps its role permissions',
    source: EVAL,
    request: get(session),
    policies: { identity: [named('read', 'identity', allowGet)] },
    expected: { decision: 'allowed', gate: 'identity' },
  },
  {
    name: 'cross-account: an identity allow alone is not enough',
    source: CROSS,
    request: get(alice, B),
    policies: { identity: [named('read', 'identity', allowGet)] },
    expected: { decision: 'implicitDeny', gate: 'resource' },
  },
  {
    name: 'cross-account: a bucket policy naming the user still needs an identity allow',
    source: PRINCIPAL,
    request: get(alice, B),
    policies: { resource: named('bucket', 'resource', bucketPolicy(alice.arn!)) },
    expected: { decision: 'implicitDeny', gate: 'identity' },
  },
  {
    name: 'cross-account: both sides allow',
    source: CROSS,
    request: get(alice, B),
    policies: {
      identity: [named('read', 'identity', allowGet)],
      resource: named('bucket', 'resource', bucketPolicy(A)),
    },
    expected: { decision: 'allowed', gate: 'resource' },
  },
  {
    name: 'an SCP level without an allow denies, even the root user',
    source: EVAL,
    request: get(root),
    policies: {
      scps: [[named('full', 'scp', fullAccess('scp'))], [named('ec2', 'scp', allowNothing)]],
    },
    expected: { decision: 'implicitDeny', gate: 'scp' },
  },
  {
    name: 'SCPs do not reach the management account',
    source:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    request: get(root),
    policies: { scps: [[named('ec2', 'scp', allowNothing)]], managementAccount: A },
    expected: { decision: 'allowed', gate: 'identity' },
  },
  {
    name: 'an RCP deny reaches the root user of a member account',
    source:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
    request: get(root),
    policies: {
      rcps: [[named('no-get', 'rcp', doc({ ...denyGet.Statement[0]!, Principal: '*' }))]],
    },
    expected: { decision: 'explicitDeny', gate: 'rcp' },
  },
  {
    name: 'a trust policy naming the account needs the caller’s identity allow, even in the same account',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
    request: {
      principal: alice,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/Target`,
    },
    policies: {
      resource: named(
        'trust',
        'trust',
        doc({ Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' }),
      ),
    },
    expected: { decision: 'implicitDeny', gate: 'identity' },
  },
  {
    name: 'an identity allow alone never lets a caller assume a role',
    source: EVAL,
    request: {
      principal: alice,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/Target`,
    },
    policies: {
      identity: [
        named(
          'assume',
          'identity',
          doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }),
        ),
      ],
      resource: named(
        'trust',
        'trust',
        doc({ Effect: 'Allow', Principal: { AWS: B }, Action: 'sts:AssumeRole' }),
      ),
    },
    expected: { decision: 'implicitDeny', gate: 'trust' },
  },
  {
    name: 'the root user may not assume a role',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html',
    request: {
      principal: root,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/Target`,
    },
    policies: {
      resource: named(
        'trust',
        'trust',
        doc({ Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' }),
      ),
    },
    expected: { decision: 'implicitDeny', gate: 'trust' },
  },
  {
    name: 'an anonymous caller is allowed only by a `*` resource-based policy',
    source: PRINCIPAL,
    request: { ...get(callerOf('anonymous', A)) },
    policies: { resource: named('bucket', 'resource', bucketPolicy('*')) },
    expected: { decision: 'allowed', gate: 'resource' },
  },
]

describe('evaluateReference', () => {
  it.each(cases)('$name', ({ request, policies, expected }) => {
    expect(evaluateReference(request, policies)).toEqual(expected)
  })
})
