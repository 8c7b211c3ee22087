import { describe, it } from 'vitest'
import {
  checkPolicyCase,
  policy,
  statement,
  without,
  type PolicyCase,
} from '../../test/policy-cases.ts'

const cases: PolicyCase[] = [
  {
    name: 'refuses a statement without `Effect`',
    kind: 'identity',
    policy: policy(without(statement(), 'Effect')),
    issues: [
      {
        code: 'policy.effect.missing',
        message: 'the statement has no `Effect`',
        path: ['Statement', 0],
      },
    ],
  },
  {
    name: 'refuses a lower-case `Effect`, since it is case-sensitive',
    kind: 'identity',
    policy: policy(statement({ Effect: 'allow' })),
    issues: [
      {
        code: 'policy.effect.invalid',
        message: '`Effect` must be `Allow` or `Deny`, found `allow`',
        hint: 'write `Allow`: the case matters',
        path: ['Statement', 0, 'Effect'],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'refuses an `Effect` other than Allow and Deny',
    kind: 'identity',
    policy: policy(statement({ Effect: 'Permit' })),
    issues: [{ code: 'policy.effect.invalid', hint: 'write `"Allow"` or `"Deny"`' }],
  },
  {
    name: 'refuses an unknown statement element and suggests one',
    kind: 'identity',
    policy: policy(statement({ Actions: ['s3:PutObject'] })),
    issues: [
      {
        code: 'policy.statement.unknownElement',
        message: '`Actions` is not a statement element',
        hint: 'write `Action`',
        path: ['Statement', 0, 'Actions'],
      },
    ],
  },
  {
    name: 'refuses `Action` with `NotAction`',
    kind: 'identity',
    policy: policy(statement({ NotAction: 'iam:*' })),
    issues: [
      {
        code: 'policy.statement.conflict',
        message: 'the statement has both `Action` and `NotAction`',
        path: ['Statement', 0, 'NotAction'],
      },
    ],
  },
  {
    name: 'refuses `Resource` with `NotResource`',
    kind: 'identity',
    policy: policy(statement({ NotResource: 'arn:aws:s3:::other' })),
    issues: [
      {
        code: 'policy.statement.conflict',
        message: 'the statement has both `Resource` and `NotResource`',
      },
    ],
  },
  {
    name: 'refuses `Principal` with `NotPrincipal` in a bucket policy',
    kind: 'resource',
    policy: policy(
      statement({ Effect: 'Deny', Principal: '*', NotPrincipal: { AWS: '111122223333' } }),
    ),
    issues: [
      {
        code: 'policy.statement.conflict',
        message: 'the statement has both `Principal` and `NotPrincipal`',
      },
    ],
  },
  {
    name: 'refuses a statement without actions, in AWS words',
    kind: 'identity',
    policy: policy(without(statement(), 'Action')),
    issues: [
      {
        code: 'policy.action.missing',
        message: 'Policy statement must contain actions.',
        path: ['Statement', 0],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'refuses an empty `Action`',
    kind: 'identity',
    policy: policy(statement({ Action: [] })),
    issues: [
      {
        code: 'policy.action.missing',
        message: 'Policy statement must contain actions.',
        path: ['Statement', 0, 'Action'],
      },
    ],
  },
  {
    name: 'refuses a statement without resources, in AWS words',
    kind: 'identity',
    policy: policy(without(statement(), 'Resource')),
    issues: [
      {
        code: 'policy.resource.missing',
        message: 'Policy statement must contain resources.',
        path: ['Statement', 0],
      },
    ],
  },
  {
    name: 'refuses an empty `NotResource`',
    kind: 'identity',
    policy: policy(without(statement({ NotResource: [] }), 'Resource')),
    issues: [{ code: 'policy.resource.missing', path: ['Statement', 0, 'NotResource'] }],
  },
  {
    name: 'refuses an `Action` that is an object',
    kind: 'identity',
    policy: policy(statement({ Action: { s3: 'GetObject' } })),
    issues: [
      {
        code: 'policy.element.invalidType',
        message: '`Action` must be a string or an array of strings, found an object',
        path: ['Statement', 0, 'Action'],
      },
    ],
  },
  {
    name: 'refuses a number among the resources',
    kind: 'identity',
    policy: policy(statement({ Resource: ['arn:aws:s3:::a', 12] })),
    issues: [
      {
        code: 'policy.element.invalidType',
        message: '`Resource` holds a number at index 1, where a string belongs',
        path: ['Statement', 0, 'Resource', 1],
      },
    ],
  },
  {
    name: 'reports every problem of a statement, not only the first',
    kind: 'identity',
    policy: policy({ Effect: 'allow', Principal: '*', Action: 'GetObject', Resource: 'bucket' }),
    issues: [
      { code: 'policy.effect.invalid' },
      { code: 'policy.principal.notAllowed' },
      { code: 'policy.action.invalid' },
      { code: 'policy.resource.invalid' },
    ],
  },
  {
    name: 'warns about Allow with NotResource and every action',
    kind: 'identity',
    policy: policy(
      without(statement({ Action: '*', NotResource: 'arn:aws:iam::*:*' }), 'Resource'),
    ),
    issues: [
      {
        code: 'policy.allow.notResourceWildcard',
        severity: 'warning',
        message:
          'this statement allows every action on every resource except those listed in `NotResource`',
        path: ['Statement', 0, 'NotResource'],
      },
    ],
  },
  {
    name: 'accepts Deny with NotResource and every action',
    kind: 'identity',
    policy: policy(
      without(
        statement({ Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::safe/*' }),
        'Resource',
      ),
    ),
    issues: [],
  },
]

describe('parsePolicy: statements', () => {
  for (const c of cases) it(c.name, () => checkPolicyCase(c))
})
