import { describe, it } from 'vitest'
import {
  ACCOUNT,
  OTHER,
  alice,
  anonymous,
  lambda,
  outsider,
  root,
  session,
} from '../../test/support/callers.ts'
import {
  ASSUME_ROLE,
  ASSUME_ROLE_API_USE,
  EVALUATION,
  KMS_KEY_POLICIES,
  PRINCIPAL,
} from '../../test/support/docs.ts'
import { allowAction, allowAll, grant, policy, trust } from '../../test/support/policies.ts'
import { runCase, type EngineCase } from '../../test/support/run-case.ts'

const role = `arn:aws:iam::${ACCOUNT}:role/Deploy`
const assume = (principal = alice) => ({ principal, action: 'sts:AssumeRole', resource: role })
const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const bucket = 'arn:aws:s3:::public-site'

const cases: EngineCase[] = [
  {
    name: 'same account: a trust policy naming the user needs no identity allow (§9 b)',
    source: ASSUME_ROLE,
    request: assume(),
    policies: { resource: trust({ AWS: alice.arn ?? '' }) },
    decision: 'allowed',
    gate: 'trust',
  },
  {
    name: 'same account: a trust policy trusting the account needs an identity allow (§9 a)',
    source: ASSUME_ROLE,
    request: assume(),
    policies: { resource: trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) },
    decision: 'implicitDeny',
    gate: 'identity',
  },
  {
    name: 'same account: trust trusting the account plus an identity allow',
    source: ASSUME_ROLE,
    request: assume(),
    policies: {
      resource: trust({ AWS: ACCOUNT }),
      identity: [allowAction('sts:AssumeRole', role)],
    },
    decision: 'allowed',
    gate: 'trust',
  },
  {
    name: 'an identity allow never suffices without the trust policy naming the caller',
    source: EVALUATION,
    request: assume(),
    policies: { resource: trust({ AWS: outsider.arn ?? '' }), identity: [allowAll()] },
    decision: 'implicitDeny',
    gate: 'trust',
  },
  {
    name: "a trust policy naming the caller's role is still limited by its session policy",
    source: PRINCIPAL,
    request: assume(session),
    policies: {
      resource: trust({ AWS: session.roleArn ?? '' }),
      session: [allowAction('s3:*', '*', 'session')],
    },
    decision: 'implicitDeny',
    gate: 'session',
  },
  {
    name: 'cross account: trust naming the caller still needs its identity allow (§9)',
    source: ASSUME_ROLE,
    request: assume(outsider),
    policies: { resource: trust({ AWS: outsider.arn ?? '' }) },
    decision: 'implicitDeny',
    gate: 'identity',
  },
  {
    name: 'cross account: trust and identity both allow',
    source: ASSUME_ROLE,
    request: assume(outsider),
    policies: { resource: trust({ AWS: OTHER }), identity: [allowAction('sts:AssumeRole', role)] },
    decision: 'allowed',
    gate: 'trust',
  },
  {
    name: 'a Deny in the trust policy is an explicit deny at the trust gate',
    source: EVALUATION,
    request: assume(),
    policies: {
      resource: policy(
        'TrustPolicy',
        'trust',
        { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' },
      ),
      identity: [allowAll()],
    },
    decision: 'explicitDeny',
    gate: 'trust',
  },
  {
    name: 'a service assumes a role whose trust names it; no identity policy or SCP is read',
    source: PRINCIPAL,
    request: assume(lambda),
    policies: { resource: trust({ Service: 'lambda.amazonaws.com' }), scps: [[]] },
    decision: 'allowed',
    gate: 'trust',
  },
  {
    name: 'a service not named by the trust policy cannot assume the role',
    source: PRINCIPAL,
    request: assume(lambda),
    policies: { resource: trust({ Service: 'ec2.amazonaws.com' }) },
    decision: 'implicitDeny',
    gate: 'trust',
  },
  {
    name: 'web identity: a federation call from the provider the trust names',
    source: PRINCIPAL,
    request: {
      principal: { kind: 'anonymous', federatedProvider: 'accounts.google.com' },
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: role,
    },
    policies: {
      resource: policy('TrustPolicy', 'trust', {
        Effect: 'Allow',
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      }),
    },
    decision: 'allowed',
    gate: 'trust',
  },
  {
    name: 'a KMS key policy must name the principal: an identity allow alone does not do',
    source: KMS_KEY_POLICIES,
    request: { principal: alice, action: 'kms:Decrypt', resource: key },
    policies: { identity: [allowAll()], resource: grant(outsider.arn ?? '') },
    decision: 'implicitDeny',
    gate: 'resource',
  },
  {
    name: 'a KMS key policy trusting the account, plus an identity allow',
    source: KMS_KEY_POLICIES,
    request: { principal: alice, action: 'kms:Decrypt', resource: key },
    policies: { identity: [allowAll()], resource: grant(`arn:aws:iam::${ACCOUNT}:root`) },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'an anonymous caller is allowed by `Principal: *`',
    source: PRINCIPAL,
    request: {
      principal: anonymous,
      action: 's3:GetObject',
      resource: `${bucket}/index.html`,
      resourceAccount: ACCOUNT,
    },
    policies: { resource: grant('*', 's3:GetObject', `${bucket}/*`) },
    decision: 'allowed',
    gate: 'resource',
  },
  {
    name: 'an anonymous caller is not an account principal',
    source: PRINCIPAL,
    request: {
      principal: anonymous,
      action: 's3:GetObject',
      resource: `${bucket}/index.html`,
      resourceAccount: ACCOUNT,
    },
    policies: { resource: grant(ACCOUNT, 's3:GetObject', `${bucket}/*`) },
    decision: 'implicitDeny',
    gate: 'resource',
  },
  {
    name: 'an anonymous caller without any resource-based policy is denied',
    source: PRINCIPAL,
    request: {
      principal: anonymous,
      action: 's3:GetObject',
      resource: `${bucket}/index.html`,
      resourceAccount: ACCOUNT,
    },
    policies: { identity: [allowAll()] },
    decision: 'implicitDeny',
    gate: 'resource',
  },
  {
    name: 'the root user cannot assume a role, whatever the trust policy says (§2)',
    source: ASSUME_ROLE_API_USE,
    request: assume(root),
    policies: { resource: trust({ AWS: ACCOUNT }) },
    decision: 'implicitDeny',
    gate: 'trust',
    message: 'Roles may not be assumed by root accounts.',
  },
  {
    name: 'the root user cannot assume a role even when the trust policy says `*`',
    source: ASSUME_ROLE_API_USE,
    request: assume(root),
    policies: { resource: trust('*') },
    decision: 'implicitDeny',
    gate: 'trust',
  },
]

describe('trust policies, key policies, services and anonymous callers (iam-facts §2, §9)', () => {
  it.each(cases)('$name ($source)', (testCase) => {
    runCase(testCase)
  })
})
