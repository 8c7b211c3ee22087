import { describe, expect, it } from 'vitest'
import {
  checkPolicyCase,
  issuesOf,
  policy,
  statement,
  trustStatement,
  without,
  type PolicyCase,
} from '../../test/policy-cases.ts'
import { parsePolicy } from './parse-policy.ts'

const trust: PolicyCase[] = [
  {
    name: 'accepts a trust policy naming an account',
    kind: 'trust',
    policy: policy(trustStatement()),
    issues: [],
  },
  {
    name: 'refuses a trust statement without a principal, in AWS words',
    kind: 'trust',
    policy: policy(without(trustStatement(), 'Principal')),
    issues: [
      {
        code: 'policy.principal.missing',
        message:
          'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!',
        path: ['Statement', 0],
      },
    ],
  },
  {
    name: 'refuses `Resource` in a trust policy, in AWS words',
    kind: 'trust',
    policy: policy(trustStatement({ Resource: '*' })),
    issues: [
      {
        code: 'policy.resource.notAllowed',
        message: 'Has prohibited field Resource',
        path: ['Statement', 0, 'Resource'],
      },
    ],
  },
  {
    name: 'refuses `NotResource` in a trust policy',
    kind: 'trust',
    policy: policy(trustStatement({ NotResource: 'arn:aws:iam::111122223333:role/x' })),
    issues: [{ code: 'policy.resource.notAllowed', message: 'Has prohibited field NotResource' }],
  },
  {
    name: 'refuses `NotPrincipal` in a trust policy',
    kind: 'trust',
    policy: policy(
      without(
        trustStatement({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } }),
        'Principal',
      ),
    ),
    issues: [
      {
        code: 'policy.notPrincipal.notAllowed',
        message: '`NotPrincipal` is not allowed in a role trust policy',
        path: ['Statement', 0, 'NotPrincipal'],
      },
    ],
  },
  {
    name: 'refuses a permission of the role in its trust policy, in AWS words',
    kind: 'trust',
    policy: policy(trustStatement({ Action: ['sts:AssumeRole', 's3:GetObject'] })),
    issues: [
      {
        code: 'policy.trust.action',
        message: 'AssumeRole policy may only specify STS AssumeRole actions.',
        path: ['Statement', 0, 'Action', 1],
      },
    ],
  },
  {
    name: 'accepts every STS action a trust policy uses',
    kind: 'trust',
    policy: policy(
      trustStatement({
        Action: [
          'sts:AssumeRole',
          'sts:AssumeRoleWithSAML',
          'sts:AssumeRoleWithWebIdentity',
          'sts:TagSession',
          'sts:SetSourceIdentity',
          'sts:SetContext',
        ],
      }),
    ),
    issues: [],
  },
  {
    name: 'warns about `sts:*` and about STS actions with no effect on a role',
    kind: 'trust',
    policy: policy(trustStatement({ Action: ['sts:*', 'sts:GetCallerIdentity'] })),
    issues: [
      {
        code: 'policy.trust.unusualAction',
        severity: 'warning',
        path: ['Statement', 0, 'Action', 0],
      },
      {
        code: 'policy.trust.unusualAction',
        message: '`sts:GetCallerIdentity` has no effect in a trust policy',
        path: ['Statement', 0, 'Action', 1],
      },
    ],
  },
  {
    name: 'warns when anyone may assume the role with no condition',
    kind: 'trust',
    policy: policy(trustStatement({ Principal: { AWS: '*' } })),
    issues: [
      {
        code: 'policy.trust.publicPrincipal',
        severity: 'warning',
        message:
          'any AWS account can assume this role: the trust policy allows `*` with no condition',
        path: ['Statement', 0, 'Principal'],
      },
    ],
  },
  {
    name: 'accepts `"Principal": "*"` narrowed by a condition',
    kind: 'trust',
    policy: policy(
      trustStatement({
        Principal: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
    ),
    issues: [],
  },
  {
    name: 'warns when a Roles Anywhere trust lacks TagSession and SetSourceIdentity',
    kind: 'trust',
    policy: policy(trustStatement({ Principal: { Service: 'rolesanywhere.amazonaws.com' } })),
    issues: [
      {
        code: 'policy.trust.rolesAnywhereActions',
        severity: 'warning',
        message:
          'IAM Roles Anywhere also needs `sts:TagSession` and `sts:SetSourceIdentity` in this trust policy',
      },
    ],
  },
  {
    name: 'accepts a trust policy with an `Id`',
    kind: 'trust',
    policy: { ...policy(trustStatement()), Id: 'TrustPolicy' },
    issues: [],
  },
]

const identityLike: PolicyCase[] = [
  {
    name: 'refuses a principal in a session policy',
    kind: 'session',
    policy: policy(statement({ Principal: '*' })),
    issues: [
      {
        code: 'policy.principal.notAllowed',
        message: 'Policy document should not specify a principal.',
      },
    ],
  },
  {
    name: 'refuses `Id` in a permissions boundary',
    kind: 'boundary',
    policy: { ...policy(statement()), Id: 'x' },
    issues: [
      {
        code: 'policy.id.notAllowed',
        message: '`Id` must not be included in a permissions boundary',
      },
    ],
  },
  {
    name: 'requires resources in a session policy',
    kind: 'session',
    policy: policy(without(statement(), 'Resource')),
    issues: [{ code: 'policy.resource.missing' }],
  },
]

const scp: PolicyCase[] = [
  {
    name: 'accepts an SCP with conditions, resource ARNs and NotAction in Allow statements (full IAM language, 2025)',
    kind: 'scp',
    policy: policy(
      {
        Effect: 'Allow',
        NotAction: 'iam:*',
        Resource: 'arn:aws:s3:::*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
      {
        Effect: 'Allow',
        Action: 'ec2:*Instances',
        NotResource: 'arn:aws:ec2:*:*:instance/protected-*',
      },
    ),
    issues: [],
  },
  {
    name: 'refuses a principal in an SCP',
    kind: 'scp',
    policy: policy(statement({ Effect: 'Deny', Principal: '*' })),
    issues: [
      {
        code: 'policy.principal.notAllowed',
        message: 'an SCP cannot name principals: `Principal` is not supported',
        awsError: 'MalformedPolicyDocumentException',
      },
    ],
  },
  {
    name: 'refuses `NotPrincipal` in an SCP',
    kind: 'scp',
    policy: policy(statement({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } })),
    issues: [
      {
        code: 'policy.principal.notAllowed',
        message: 'an SCP cannot name principals: `NotPrincipal` is not supported',
      },
    ],
  },
  {
    name: 'warns about an SCP without `Version`',
    kind: 'scp',
    policy: { Statement: statement({ Action: '*', Resource: '*' }) },
    issues: [
      {
        code: 'policy.version.missing',
        severity: 'warning',
        message: 'a service control policy should include `"Version": "2012-10-17"`',
      },
    ],
  },
  {
    name: 'refuses an SCP in the legacy version',
    kind: 'scp',
    policy: { Version: '2008-10-17', Statement: statement() },
    issues: [
      {
        code: 'policy.version.invalid',
        message: 'AWS Organizations requires `"Version": "2012-10-17"` in a service control policy',
      },
    ],
  },
  {
    name: 'names AWS Organizations’ error for a malformed SCP',
    kind: 'scp',
    policy: policy(without(statement(), 'Resource')),
    issues: [{ code: 'policy.resource.missing', awsError: 'MalformedPolicyDocumentException' }],
  },
]

const rcpFullAccess = policy({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })
const rcpDeny = (overrides: Record<string, unknown> = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:AssumeRole'],
  Resource: '*',
  Condition: {
    StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
    BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
  },
  ...overrides,
})

const rcp: PolicyCase[] = [
  { name: 'accepts RCPFullAWSAccess', kind: 'rcp', policy: rcpFullAccess, issues: [] },
  { name: 'accepts a data perimeter RCP', kind: 'rcp', policy: policy(rcpDeny()), issues: [] },
  {
    name: 'refuses `Allow` outside RCPFullAWSAccess',
    kind: 'rcp',
    policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }),
    issues: [{ code: 'policy.rcp.effect', path: ['Statement', 0, 'Effect'] }],
  },
  {
    name: 'refuses an RCP that names principals',
    kind: 'rcp',
    policy: policy(rcpDeny({ Principal: { AWS: '111122223333' } })),
    issues: [
      {
        code: 'policy.rcp.principal',
        message: 'in an RCP, `Principal` must be `"*"`',
        path: ['Statement', 0, 'Principal'],
      },
    ],
  },
  {
    name: 'refuses an RCP without a principal',
    kind: 'rcp',
    policy: policy(without(rcpDeny(), 'Principal')),
    issues: [
      {
        code: 'policy.principal.missing',
        message: 'the statement of a resource control policy has no `Principal`',
      },
    ],
  },
  {
    name: 'refuses an action of a service RCPs do not cover',
    kind: 'rcp',
    policy: policy(rcpDeny({ Action: ['s3:GetObject', 'ec2:RunInstances'] })),
    issues: [
      {
        code: 'policy.rcp.unsupportedService',
        message: 'RCPs do not apply to `ec2`: `ec2:RunInstances` cannot be restricted here',
        path: ['Statement', 0, 'Action', 1],
      },
    ],
  },
  {
    name: 'refuses `NotAction` and `NotPrincipal` in an RCP',
    kind: 'rcp',
    policy: policy(
      without(
        rcpDeny({ NotAction: 's3:GetObject', NotPrincipal: { AWS: '111122223333' } }),
        'Action',
        'Principal',
      ),
    ),
    issues: [
      {
        code: 'policy.notPrincipal.notAllowed',
        message: '`NotPrincipal` is not allowed in a resource control policy',
      },
      {
        code: 'policy.element.notSupported',
        message: '`NotAction` is not supported in a resource control policy',
      },
    ],
  },
]

describe('parsePolicy: role trust policies', () => {
  for (const c of trust) it(c.name, () => checkPolicyCase(c))
})
describe('parsePolicy: boundaries and session policies', () => {
  for (const c of identityLike) it(c.name, () => checkPolicyCase(c))
})
describe('parsePolicy: service control policies', () => {
  for (const c of scp) it(c.name, () => checkPolicyCase(c))
})
describe('parsePolicy: resource control policies', () => {
  for (const c of rcp) it(c.name, () => checkPolicyCase(c))
})

describe('parsePolicy applies the size quota of its kind', () => {
  const bigTrust = policy(
    trustStatement({ Condition: { StringEquals: { 'sts:ExternalId': 'x'.repeat(2000) } } }),
  )
  it('refuses a trust policy over 2,048 characters', () => {
    const issues = issuesOf(parsePolicy(bigTrust, { kind: 'trust' }))
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'policy.quota.exceeded',
        message: 'Cannot exceed quota for ACLSizePerRole: 2048',
      }),
    ])
  })

  const bigIdentity = policy(
    statement({ Condition: { StringEquals: { 'aws:username': 'x'.repeat(2100) } } }),
  )
  it('holds an identity policy to the managed-policy quota by default', () => {
    expect(parsePolicy(bigIdentity, { kind: 'identity' }).ok).toBe(true)
  })
  it('holds it to the inline quota of a user when told it is inline', () => {
    expect(issuesOf(parsePolicy(bigIdentity, { kind: 'identity', inline: 'user' }))).toEqual([
      expect.objectContaining({
        code: 'policy.quota.exceeded',
        message: 'Maximum policy size of 2048 bytes exceeded for user <name>',
      }),
    ])
  })

  const hugeIdentity = policy(
    statement({ Condition: { StringEquals: { 'aws:username': 'x'.repeat(7000) } } }),
  )
  it('refuses an identity policy over the managed-policy quota of 6,144', () => {
    expect(issuesOf(parsePolicy(hugeIdentity, { kind: 'identity' }))).toEqual([
      expect.objectContaining({ code: 'policy.quota.exceeded' }),
    ])
  })
  it('holds an AWS managed policy to no quota (ReadOnlyAccess is over 100,000 characters)', () => {
    expect(parsePolicy(hugeIdentity, { kind: 'identity', awsManaged: true }).ok).toBe(true)
  })
})
