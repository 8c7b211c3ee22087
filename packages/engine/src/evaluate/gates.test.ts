import { describe, it } from 'vitest'
import {
  ACCOUNT,
  MANAGEMENT,
  alice,
  federated,
  lambda,
  root,
  session,
} from '../../test/support/callers.ts'
import { BOUNDARIES, EVALUATION, RCPS, SCPS, SESSION_POLICIES } from '../../test/support/docs.ts'
import { allowAction, allowAll, denyAll, grant, policy } from '../../test/support/policies.ts'
import { runCase, type EngineCase } from '../../test/support/run-case.ts'

const bucket = 'arn:aws:s3:::reports'
const instance = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`
const s3Get = { principal: alice, action: 's3:GetObject', resource: `${bucket}/q1.csv` }

const cases: EngineCase[] = [
  {
    name: 'an identity-based allow allows (iam-facts §7 step 5)',
    source: EVALUATION,
    request: s3Get,
    policies: { identity: [allowAction('s3:GetObject', `${bucket}/*`)] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'no policy at all is an implicit deny at the identity gate',
    source: EVALUATION,
    request: s3Get,
    policies: {},
    decision: 'implicitDeny',
    gate: 'identity',
  },
  {
    name: 'an identity-based deny beats an identity-based allow (§7 step 1)',
    source: EVALUATION,
    request: s3Get,
    policies: { identity: [allowAll(), denyAll()] },
    decision: 'explicitDeny',
    gate: 'identity',
  },
  {
    name: "a resource-based deny beats the identity's allow",
    source: EVALUATION,
    request: s3Get,
    policies: { identity: [allowAll()], resource: grant('*', 's3:*', `${bucket}/*`, 'Deny') },
    decision: 'explicitDeny',
    gate: 'resource',
  },
  {
    name: 'an explicit deny is reported at the first gate in AWS order (SCP before identity)',
    source: EVALUATION,
    request: s3Get,
    policies: { identity: [denyAll()], scps: [[denyAll('scp', 'DenyAllScp')]] },
    decision: 'explicitDeny',
    gate: 'scp',
  },
  {
    name: 'an SCP level without an Allow denies, whatever the identity allows (§7 step 3)',
    source: SCPS,
    request: s3Get,
    policies: {
      identity: [allowAll()],
      scps: [[allowAll('scp', 'FullAWSAccess')], [allowAction('ec2:*', '*', 'scp', 'Ec2Only')]],
    },
    decision: 'implicitDeny',
    gate: 'scp',
  },
  {
    name: 'SCPs allow when every level, root to account, has an Allow',
    source: SCPS,
    request: s3Get,
    policies: {
      identity: [allowAll()],
      scps: [
        [allowAll('scp', 'FullAWSAccess')],
        [allowAction('s3:*', '*', 'scp', 'S3')],
        [allowAll('scp', 'FullAWSAccess')],
      ],
    },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: "SCPs do not affect the management account's principals",
    source: SCPS,
    request: {
      ...s3Get,
      principal: { ...alice, accountId: MANAGEMENT, arn: `arn:aws:iam::${MANAGEMENT}:user/alice` },
    },
    policies: { identity: [allowAll()], scps: [[denyAll('scp')]], managementAccount: MANAGEMENT },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'SCPs do not affect service-linked roles',
    source: SCPS,
    request: { ...s3Get, principal: { ...session, serviceLinkedRole: true } },
    policies: { identity: [allowAll()], scps: [[denyAll('scp')]] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'SCPs apply to the root user of a member account',
    source: SCPS,
    request: { ...s3Get, principal: root },
    policies: { scps: [[allowAction('ec2:*', '*', 'scp')]] },
    decision: 'implicitDeny',
    gate: 'scp',
  },
  {
    name: 'SCPs do not apply to a service principal',
    source: SCPS,
    request: {
      principal: lambda,
      action: 's3:GetObject',
      resource: `${bucket}/q1.csv`,
      resourceAccount: ACCOUNT,
    },
    policies: {
      resource: policy('BucketPolicy', 'resource', {
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: `${bucket}/*`,
      }),
      scps: [[denyAll('scp')]],
    },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'an RCP level without an Allow denies S3 access (§7 step 2)',
    source: RCPS,
    request: s3Get,
    policies: { identity: [allowAll()], rcps: [[allowAll('rcp', 'RCPFullAWSAccess')], []] },
    decision: 'implicitDeny',
    gate: 'rcp',
  },
  {
    name: 'an RCP deny denies even the root user',
    source: RCPS,
    request: { ...s3Get, principal: root },
    policies: {
      rcps: [
        [
          policy('DenyS3', 'rcp', {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
          }),
        ],
      ],
    },
    decision: 'explicitDeny',
    gate: 'rcp',
  },
  {
    name: 'RCPs do not govern services outside S3, STS, KMS, SQS and Secrets Manager',
    source: RCPS,
    request: { principal: alice, action: 'ec2:StartInstances', resource: instance },
    policies: { identity: [allowAll()], rcps: [[denyAll('rcp')]] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: "RCPs do not apply to the management account's resources",
    source: RCPS,
    request: s3Get,
    policies: { identity: [allowAll()], rcps: [[denyAll('rcp')]], managementAccount: ACCOUNT },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'a permissions boundary without an Allow denies what the identity allows (§7 step 6)',
    source: BOUNDARIES,
    request: s3Get,
    policies: { identity: [allowAll()], boundary: allowAction('ec2:*') },
    decision: 'implicitDeny',
    gate: 'boundary',
  },
  {
    name: 'identity ∩ boundary allows what both allow',
    source: BOUNDARIES,
    request: s3Get,
    policies: { identity: [allowAction('s3:*')], boundary: allowAction('s3:Get*') },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'a deny in the boundary is an explicit deny',
    source: BOUNDARIES,
    request: s3Get,
    policies: {
      identity: [allowAll()],
      boundary: policy(
        'Boundary',
        'boundary',
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', Resource: '*' },
      ),
    },
    decision: 'explicitDeny',
    gate: 'boundary',
  },
  {
    name: 'a session policy that does not allow denies a role session (§7 step 7)',
    source: SESSION_POLICIES,
    request: { ...s3Get, principal: session },
    policies: { identity: [allowAll()], session: [allowAction('ec2:*', '*', 'session')] },
    decision: 'implicitDeny',
    gate: 'session',
  },
  {
    name: 'a role session without session policies keeps its role’s permissions',
    source: SESSION_POLICIES,
    request: { ...s3Get, principal: session },
    policies: { identity: [allowAll()] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'a federated-user session without session policies has no permissions',
    source: EVALUATION,
    request: { ...s3Get, principal: federated },
    policies: { identity: [allowAll()] },
    decision: 'implicitDeny',
    gate: 'session',
  },
  {
    name: 'a federated-user session gets identity ∩ session policies',
    source: SESSION_POLICIES,
    request: { ...s3Get, principal: federated },
    policies: { identity: [allowAll()], session: [allowAction('s3:GetObject', '*', 'session')] },
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'the root user needs no policy in its own account',
    source: EVALUATION,
    request: { ...s3Get, principal: root },
    policies: {},
    decision: 'allowed',
    gate: 'identity',
  },
  {
    name: 'a resource-based deny applies to the root user',
    source: EVALUATION,
    request: { ...s3Get, principal: root },
    policies: { resource: grant(ACCOUNT, 's3:*', `${bucket}/*`, 'Deny') },
    decision: 'explicitDeny',
    gate: 'resource',
  },
]

describe('the gates in AWS order', () => {
  it.each(cases)('$name ($source)', (testCase) => {
    runCase(testCase)
  })
})
