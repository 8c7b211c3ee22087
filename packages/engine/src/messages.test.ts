import { describe, expect, it } from 'vitest'
import { compilePolicySet } from './compile/policy-set.ts'
import { explain } from './explain/explain.ts'
import { deniedMessage } from './messages.ts'
import {
  ACCOUNT,
  alice,
  anonymous,
  federated,
  lambda,
  outsider,
  session,
} from '../test/support/callers.ts'
import { ACCESS_DENIED } from '../test/support/docs.ts'
import { allowAction, allowAll, denyAll, grant, policy, trust } from '../test/support/policies.ts'
import type { AccessRequest, PolicySet } from './types.ts'

const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
const BUCKET = 'arn:aws:s3:::reports/q1.csv'
const get: AccessRequest = { principal: alice, action: 's3:GetObject', resource: BUCKET }
const head = `User: ${USER} is not authorized to perform: s3:GetObject on resource: ${BUCKET}`
const message = (request: AccessRequest, policies: PolicySet): string =>
  explain(compilePolicySet(policies), request).message

describe(`AccessDenied messages (iam-facts §14, ${ACCESS_DENIED})`, () => {
  it('reproduces the course example for a role session with no identity allow', () => {
    const rds: AccessRequest = {
      principal: {
        kind: 'assumedRole',
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSIAMRoleForRDS/omkar`,
        accountId: ACCOUNT,
        roleArn: `arn:aws:iam::${ACCOUNT}:role/AWSIAMRoleForRDS`,
      },
      action: 'iam:ListRoles',
      resource: `arn:aws:iam::${ACCOUNT}:role/`,
    }
    expect(message(rds, { identity: [allowAction('rds:*')] })).toBe(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/AWSIAMRoleForRDS/omkar is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${ACCOUNT}:role/ because no identity-based policy allows the iam:ListRoles action`,
    )
  })

  const rows: Array<{
    name: string
    request: AccessRequest
    policies: PolicySet
    expected: string
  }> = [
    {
      name: 'identity, implicit',
      request: get,
      policies: {},
      expected: `${head} because no identity-based policy allows the s3:GetObject action`,
    },
    {
      name: 'identity, explicit',
      request: get,
      policies: { identity: [denyAll()] },
      expected: `${head} with an explicit deny in an identity-based policy`,
    },
    {
      name: 'resource-based, explicit',
      request: get,
      policies: { identity: [allowAll()], resource: grant('*', '*', '*', 'Deny') },
      expected: `${head} with an explicit deny in a resource-based policy`,
    },
    {
      name: 'resource-based, implicit (cross account)',
      request: { ...get, principal: outsider, resourceAccount: ACCOUNT },
      policies: { identity: [allowAll()] },
      expected: `User: ${outsider.arn} is not authorized to perform: s3:GetObject on resource: ${BUCKET} because no resource-based policy allows the s3:GetObject action`,
    },
    {
      name: 'permissions boundary, implicit',
      request: get,
      policies: { identity: [allowAll()], boundary: allowAction('ec2:*', '*', 'boundary') },
      expected: `${head} because no permissions boundary allows the s3:GetObject action`,
    },
    {
      name: 'permissions boundary, explicit',
      request: get,
      policies: { identity: [allowAll()], boundary: denyAll('boundary') },
      expected: `${head} with an explicit deny in a permissions boundary`,
    },
    {
      name: 'session policy, implicit',
      request: { ...get, principal: federated },
      policies: { identity: [allowAll()] },
      expected: `User: ${federated.arn} is not authorized to perform: s3:GetObject on resource: ${BUCKET} because no session policy allows the s3:GetObject action`,
    },
    {
      name: 'session policy, explicit (AWS writes "a sessions policy")',
      request: { ...get, principal: session },
      policies: { identity: [allowAll()], session: [denyAll('session')] },
      expected: `User: ${session.arn} is not authorized to perform: s3:GetObject on resource: ${BUCKET} with an explicit deny in a sessions policy`,
    },
    {
      name: 'SCP, implicit: reported as an explicit deny',
      request: get,
      policies: { identity: [allowAll()], scps: [[allowAction('ec2:*', '*', 'scp')]] },
      expected: `${head} with an explicit deny in a service control policy`,
    },
    {
      name: 'SCP, explicit',
      request: get,
      policies: { identity: [allowAll()], scps: [[denyAll('scp')]] },
      expected: `${head} with an explicit deny in a service control policy`,
    },
    {
      name: 'RCP, implicit: reported as an explicit deny, like SCPs',
      request: get,
      policies: { identity: [allowAll()], rcps: [[]] },
      expected: `${head} with an explicit deny in a resource control policy`,
    },
    {
      name: 'role trust, implicit',
      request: {
        principal: alice,
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${ACCOUNT}:role/Deploy`,
      },
      policies: { resource: trust({ AWS: outsider.arn ?? '' }), identity: [allowAll()] },
      expected: `User: ${USER} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/Deploy because no role trust policy allows the sts:AssumeRole action`,
    },
    {
      name: 'role trust, explicit',
      request: {
        principal: alice,
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${ACCOUNT}:role/Deploy`,
      },
      policies: { resource: trust('*', 'Deny'), identity: [allowAll()] },
      expected: `User: ${USER} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/Deploy with an explicit deny in the role trust policy`,
    },
    {
      name: 'anonymous caller',
      request: { ...get, principal: anonymous, resourceAccount: ACCOUNT },
      policies: {},
      expected: `User: anonymous is not authorized to perform: s3:GetObject on resource: ${BUCKET} because no resource-based policy allows the s3:GetObject action`,
    },
    {
      name: 'service caller',
      request: { ...get, principal: lambda, resourceAccount: ACCOUNT },
      policies: {},
      expected: `User: lambda.amazonaws.com is not authorized to perform: s3:GetObject on resource: ${BUCKET} because no resource-based policy allows the s3:GetObject action`,
    },
  ]

  it.each(rows)('$name', ({ request, policies, expected }) => {
    expect(message(request, policies)).toBe(expected)
  })

  it('keeps the action as the caller wrote it', () => {
    expect(deniedMessage({ ...get, action: 'S3:getobject' }, 'identity', false)).toBe(
      `User: ${USER} is not authorized to perform: S3:getobject on resource: ${BUCKET} because no identity-based policy allows the S3:getobject action`,
    )
  })

  it('names the policy and the statement that allowed', () => {
    const allowing = policy('ReadReports', 'identity', {
      Sid: 'ReadAll',
      Effect: 'Allow',
      Action: 's3:Get*',
      Resource: '*',
    })
    expect(message(get, { identity: [allowing] })).toBe(
      `${USER} is allowed to perform s3:GetObject on ${BUCKET}: statement \`ReadAll\` of the identity-based policy \`ReadReports\` allows it.`,
    )
  })
})
