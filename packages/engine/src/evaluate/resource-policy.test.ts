import { describe, expect, it } from 'vitest'
import { ACCOUNT, OTHER, alice, outsider, root, session } from '../../test/support/callers.ts'
import {
  CROSS_ACCOUNT,
  EVALUATION,
  NOT_PRINCIPAL,
  PRINCIPAL,
  BOUNDARIES,
} from '../../test/support/docs.ts'
import { allowAction, allowAll, grant, policy } from '../../test/support/policies.ts'
import { runCase, type EngineCase } from '../../test/support/run-case.ts'

const bucket = 'arn:aws:s3:::reports'
const object = `${bucket}/q1.csv`
const queue = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`
const get = (principal = alice) => ({ principal, action: 's3:GetObject', resource: object })
const onlyEc2 = allowAction('ec2:*', '*', 'boundary', 'Ec2Boundary')
const onlyEc2Session = allowAction('ec2:*', '*', 'session', 'Ec2Session')

const sameAccount: EngineCase[] = [
  {
    name: 'naming the user ARN grants without any identity policy (§7 step 4)',
    source: EVALUATION,
    request: get(),
    policies: { resource: grant(alice.arn ?? '', 's3:GetObject', `${bucket}/*`) },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: "naming the user ARN is not limited by the user's boundary",
    source: EVALUATION,
    request: get(),
    policies: { resource: grant(alice.arn ?? ''), boundary: onlyEc2 },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'naming the session ARN is not limited by boundary or session policy',
    source: EVALUATION,
    request: get(session),
    policies: { resource: grant(session.arn ?? ''), boundary: onlyEc2, session: [onlyEc2Session] },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'naming the role ARN grants its sessions without an identity policy',
    source: PRINCIPAL,
    request: get(session),
    policies: { resource: grant(session.roleArn ?? '') },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: "naming the role ARN is limited by the session's boundary",
    source: PRINCIPAL,
    request: get(session),
    policies: { resource: grant(session.roleArn ?? ''), boundary: onlyEc2 },
    decision: 'implicitDeny',
    gate: 'boundary',
  },
  {
    name: "naming the role ARN is limited by the session's session policy",
    source: PRINCIPAL,
    request: get(session),
    policies: { resource: grant(session.roleArn ?? ''), session: [onlyEc2Session] },
    decision: 'implicitDeny',
    gate: 'session',
  },
  {
    name: 'naming the role unique id (AROA…) works as the role ARN',
    source: PRINCIPAL,
    request: get(session),
    policies: { resource: grant(session.uniqueId ?? '') },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'naming the account delegates: the identity must allow too',
    source: PRINCIPAL,
    request: get(),
    policies: { resource: grant(`arn:aws:iam::${ACCOUNT}:root`) },
    decision: 'implicitDeny',
    gate: 'identity',
  },
  {
    name: 'naming the account and an identity allow: allowed',
    source: PRINCIPAL,
    request: get(),
    policies: { resource: grant(ACCOUNT), identity: [allowAll()] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'naming the account grants the root user, which needs no identity policy',
    source: PRINCIPAL,
    request: get(root),
    policies: { resource: grant(ACCOUNT) },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: '`Principal: *` grants same-account principals without identity policy',
    source: PRINCIPAL,
    request: get(),
    policies: { resource: grant('*') },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: '`Principal: *` is not limited by boundary or session policy implicit denies',
    source: PRINCIPAL,
    request: get(session),
    policies: { resource: grant('*'), boundary: onlyEc2, session: [onlyEc2Session] },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'an RBP that does not match leaves the identity policy to decide within the account',
    source: EVALUATION,
    request: get(),
    policies: { resource: grant(outsider.arn ?? ''), identity: [allowAll()] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'NotPrincipal with Deny denies a caller that is not fully listed',
    source: NOT_PRINCIPAL,
    request: get(),
    policies: {
      identity: [allowAll()],
      resource: policy('BucketPolicy', 'resource', {
        Effect: 'Deny',
        NotPrincipal: { AWS: alice.arn ?? '' },
        Action: 's3:*',
        Resource: '*',
      }),
    },
    decision: 'explicitDeny',
    gate: 'resource',
  },
  {
    name: 'NotPrincipal with Deny listing account and user spares the user',
    source: NOT_PRINCIPAL,
    request: get(),
    policies: {
      identity: [allowAll()],
      resource: policy('BucketPolicy', 'resource', {
        Effect: 'Deny',
        NotPrincipal: { AWS: [alice.arn ?? '', ACCOUNT] },
        Action: 's3:*',
        Resource: '*',
      }),
    },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'NotPrincipal with Deny always denies a principal that has a permissions boundary',
    source: BOUNDARIES,
    request: get(),
    policies: {
      identity: [allowAll()],
      boundary: allowAll('boundary'),
      resource: policy('BucketPolicy', 'resource', {
        Effect: 'Deny',
        NotPrincipal: { AWS: [alice.arn ?? '', ACCOUNT] },
        Action: 's3:*',
        Resource: '*',
      }),
    },
    decision: 'explicitDeny',
    gate: 'resource',
  },
]

const crossAccount: EngineCase[] = [
  {
    name: 'cross account: an identity allow without a resource-based policy is not enough (§8)',
    source: CROSS_ACCOUNT,
    request: { principal: outsider, action: 'sqs:SendMessage', resource: queue },
    policies: { identity: [allowAll()] },
    decision: 'implicitDeny',
    gate: 'resource',
  },
  {
    name: 'cross account: an RBP naming the caller is not enough without an identity allow',
    source: PRINCIPAL,
    request: { principal: outsider, action: 'sqs:SendMessage', resource: queue },
    policies: { resource: grant(outsider.arn ?? '', 'sqs:SendMessage', queue) },
    decision: 'implicitDeny',
    gate: 'identity',
  },
  {
    name: 'cross account: RBP and identity both allow',
    source: CROSS_ACCOUNT,
    request: { principal: outsider, action: 'sqs:SendMessage', resource: queue },
    policies: {
      resource: grant(OTHER, 'sqs:SendMessage', queue),
      identity: [allowAction('sqs:*')],
    },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: "cross account: the caller's boundary still limits",
    source: CROSS_ACCOUNT,
    request: { principal: outsider, action: 'sqs:SendMessage', resource: queue },
    policies: { resource: grant(outsider.arn ?? ''), identity: [allowAll()], boundary: onlyEc2 },
    decision: 'implicitDeny',
    gate: 'boundary',
  },
  {
    name: "cross account: the caller's SCPs apply",
    source: CROSS_ACCOUNT,
    request: { principal: outsider, action: 'sqs:SendMessage', resource: queue },
    policies: {
      resource: grant('*'),
      identity: [allowAll()],
      scps: [[allowAction('ec2:*', '*', 'scp')]],
    },
    decision: 'implicitDeny',
    gate: 'scp',
  },
  {
    name: 'cross account: the root user of the other account still needs the RBP',
    source: CROSS_ACCOUNT,
    request: {
      principal: { kind: 'root', arn: `arn:aws:iam::${OTHER}:root`, accountId: OTHER },
      action: 'sqs:SendMessage',
      resource: queue,
    },
    policies: {},
    decision: 'implicitDeny',
    gate: 'resource',
  },
  {
    name: 'an S3 ARN has no account: resourceAccount says whose bucket it is',
    source: CROSS_ACCOUNT,
    request: {
      principal: outsider,
      action: 's3:GetObject',
      resource: object,
      resourceAccount: ACCOUNT,
    },
    policies: { identity: [allowAll()] },
    decision: 'implicitDeny',
    gate: 'resource',
  },
]

describe('resource-based policies, same account (iam-facts §7 step 4)', () => {
  it.each(sameAccount)('$name ($source)', (testCase) => {
    expect(runCase(testCase).crossAccount).toBe(false)
  })
})

describe('resource-based policies, cross account (iam-facts §8)', () => {
  it.each(crossAccount)('$name ($source)', (testCase) => {
    expect(runCase(testCase).crossAccount).toBe(true)
  })
})
