import { describe, expect, it } from 'vitest'
import {
  checkPolicyCase,
  policy,
  statement,
  trustStatement,
  type PolicyCase,
} from '../../test/policy-cases.ts'
import { parsePolicy } from './parse-policy.ts'
import { principalProblem, type PrincipalType } from './principal-values.ts'

describe('principalProblem', () => {
  const valid: Array<[PrincipalType, string]> = [
    ['AWS', '123456789012'],
    ['AWS', 'arn:aws:iam::123456789012:root'],
    ['AWS', 'arn:aws:iam::123456789012:user/division/JaneDoe'],
    ['AWS', 'arn:aws:iam::123456789012:role/service-role/Deploy'],
    ['AWS', 'arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary'],
    ['AWS', 'arn:aws:sts::123456789012:federated-user/Bob'],
    ['AWS', 'arn:aws-cn:iam::123456789012:root'],
    ['AWS', 'AIDAJQABLZS4A3QDU576Q'],
    ['AWS', 'AROACLKWSDQRAOEXAMPLE'],
    ['AWS', 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E15MNIMTCFKK4C'],
    ['Service', 'ec2.amazonaws.com'],
    ['Service', 'eks.amazonaws.com.cn'],
    ['Federated', 'cognito-identity.amazonaws.com'],
    ['Federated', 'accounts.google.com'],
    ['Federated', 'arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider'],
    ['Federated', 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'],
    ['CanonicalUser', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'],
  ]
  for (const [type, value] of valid)
    it(`accepts ${type} \`${value}\``, () => expect(principalProblem(type, value)).toBeUndefined())

  const invalid: Array<[PrincipalType, string, 'wildcard' | 'invalid']> = [
    ['AWS', 'arn:aws:iam::*:root', 'wildcard'],
    ['AWS', 'arn:aws:iam::123456789012:user/*', 'wildcard'],
    ['AWS', 'arn:aws:sts::123456789012:assumed-role/Role/*', 'wildcard'],
    ['AWS', 'arn:aws:iam::12345678901?:root', 'wildcard'],
    ['AWS', 'arn:aws::iam::123456789012:root', 'invalid'],
    ['AWS', 'arn:aws:iam::123456789012:group/Admins', 'invalid'],
    ['AWS', 'arn:aws:iam:us-east-1:123456789012:root', 'invalid'],
    ['AWS', '12345678901', 'invalid'],
    ['AWS', 'alice', 'invalid'],
    ['AWS', '', 'invalid'],
    ['Service', '*', 'wildcard'],
    ['Service', '*.amazonaws.com', 'wildcard'],
    ['Service', 'ec2', 'invalid'],
    ['Federated', 'arn:aws:iam::123456789012:role/x', 'invalid'],
    ['CanonicalUser', 'abc', 'invalid'],
  ]
  for (const [type, value, reason] of invalid) {
    it(`refuses ${type} \`${value}\` (${reason})`, () =>
      expect(principalProblem(type, value)?.reason).toBe(reason))
  }
})

const cases: PolicyCase[] = [
  {
    name: 'refuses a principal in an identity-based policy, in AWS words',
    kind: 'identity',
    policy: policy(statement({ Principal: { AWS: '123456789012' } })),
    issues: [
      {
        code: 'policy.principal.notAllowed',
        message: 'Policy document should not specify a principal.',
        path: ['Statement', 0, 'Principal'],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'refuses `NotPrincipal` in a permissions boundary with the same words',
    kind: 'boundary',
    policy: policy(statement({ Effect: 'Deny', NotPrincipal: { AWS: '123456789012' } })),
    issues: [
      {
        code: 'policy.principal.notAllowed',
        message: 'Policy document should not specify a principal.',
        path: ['Statement', 0, 'NotPrincipal'],
      },
    ],
  },
  {
    name: 'refuses a partial wildcard, in AWS words',
    kind: 'trust',
    policy: policy(
      trustStatement({
        Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::*:root'] },
      }),
    ),
    issues: [
      {
        code: 'policy.principal.wildcard',
        message: 'Invalid principal in policy: "AWS":"arn:aws:iam::*:root"',
        path: ['Statement', 0, 'Principal', 'AWS', 1],
      },
    ],
  },
  {
    name: 'refuses every user of an account written as `user/*`',
    kind: 'resource',
    policy: policy(statement({ Principal: { AWS: 'arn:aws:iam::123456789012:user/*' } })),
    issues: [
      {
        code: 'policy.principal.wildcard',
        message: 'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/*"',
      },
    ],
  },
  {
    name: 'writes the principal type in upper case, as IAM does',
    kind: 'trust',
    policy: policy(trustStatement({ Principal: { Service: 'ec2' } })),
    issues: [
      { code: 'policy.principal.invalid', message: 'Invalid principal in policy: "SERVICE":"ec2"' },
    ],
  },
  {
    name: 'refuses a group as a principal',
    kind: 'resource',
    policy: policy(statement({ Principal: { AWS: 'arn:aws:iam::123456789012:group/Admins' } })),
    issues: [
      {
        code: 'policy.principal.invalid',
        hint: 'a group cannot be a principal: name its users, or trust the account and test `aws:PrincipalArn`',
      },
    ],
  },
  {
    name: 'refuses an unknown principal type, and suggests the right case',
    kind: 'resource',
    policy: policy(statement({ Principal: { aws: '123456789012' } })),
    issues: [
      {
        code: 'policy.principal.invalid',
        message: '`aws` is not a principal type',
        hint: 'write `AWS`: the case matters',
        path: ['Statement', 0, 'Principal', 'aws'],
      },
    ],
  },
  {
    name: 'refuses a principal given as a bare ARN string',
    kind: 'resource',
    policy: policy(statement({ Principal: 'arn:aws:iam::123456789012:root' })),
    issues: [
      {
        code: 'policy.principal.invalid',
        hint: 'write `"Principal": {"AWS": "arn:aws:iam::123456789012:root"}`',
      },
    ],
  },
  {
    name: 'refuses an empty principal map',
    kind: 'resource',
    policy: policy(statement({ Principal: {} })),
    issues: [{ code: 'policy.principal.invalid', message: '`Principal` is an empty object' }],
  },
  {
    name: 'refuses an empty list of principals',
    kind: 'resource',
    policy: policy(statement({ Principal: { AWS: [] } })),
    issues: [{ code: 'policy.principal.invalid', message: '`AWS` lists no principals' }],
  },
  {
    name: 'refuses a canonical user outside a bucket policy',
    kind: 'trust',
    policy: policy(
      trustStatement({
        Principal: {
          CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
        },
      }),
    ),
    issues: [
      {
        code: 'policy.principal.invalid',
        message:
          'Invalid principal in policy: "CANONICALUSER":"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"',
      },
    ],
  },
  {
    name: 'refuses a bucket policy statement without a principal, in S3 words',
    kind: 'resource',
    policy: policy(statement()),
    issues: [
      {
        code: 'policy.principal.missing',
        message: 'Missing required field Principal',
        path: ['Statement', 0],
      },
    ],
  },
  {
    name: 'refuses `NotPrincipal` with `Allow`',
    kind: 'resource',
    policy: policy(statement({ NotPrincipal: { AWS: '123456789012' } })),
    issues: [
      {
        code: 'policy.notPrincipal.allow',
        message:
          '`NotPrincipal` must be used with `"Effect": "Deny"`: AWS does not support it with `Allow`',
        path: ['Statement', 0, 'NotPrincipal'],
      },
    ],
  },
  {
    name: 'accepts `NotPrincipal` with `Deny` in a bucket policy',
    kind: 'resource',
    policy: policy(
      statement({
        Effect: 'Deny',
        NotPrincipal: { AWS: ['arn:aws:iam::444455556666:role/r', '444455556666'] },
      }),
    ),
    issues: [],
  },
  {
    name: 'warns that a variable in a principal stays plain text',
    kind: 'resource',
    policy: policy(
      statement({ Principal: { AWS: 'arn:aws:iam::123456789012:user/${aws:username}' } }),
    ),
    issues: [
      {
        code: 'policy.variable.unsupportedElement',
        severity: 'warning',
        path: ['Statement', 0, 'Principal', 'AWS'],
      },
    ],
  },
]

describe('parsePolicy: principals', () => {
  for (const c of cases) it(c.name, () => checkPolicyCase(c))

  it('normalizes the principal map, `{"AWS": "*"}` setting the wildcard', () => {
    const result = parsePolicy(
      policy(
        statement({
          Principal: {
            AWS: ['*', '111122223333'],
            Service: 'ec2.amazonaws.com',
            Federated: 'accounts.google.com',
            CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
          },
        }),
      ),
      { kind: 'resource' },
    )
    expect(result.ok && result.policy.statements[0]?.principal).toEqual({
      negated: false,
      wildcard: true,
      aws: ['111122223333'],
      service: ['ec2.amazonaws.com'],
      federated: ['accounts.google.com'],
      canonicalUser: ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'],
      path: ['Statement', 0, 'Principal'],
    })
  })

  it('reads `"Principal": "*"` as everyone', () => {
    const result = parsePolicy(policy(statement({ Principal: '*' })), { kind: 'resource' })
    expect(result.ok && result.policy.statements[0]?.principal).toMatchObject({
      negated: false,
      wildcard: true,
      aws: [],
    })
  })

  it('marks `NotPrincipal` as negated', () => {
    const result = parsePolicy(
      policy(statement({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } })),
      { kind: 'resource' },
    )
    expect(result.ok && result.policy.statements[0]?.principal).toMatchObject({
      negated: true,
      wildcard: false,
      aws: ['111122223333'],
    })
  })
})
