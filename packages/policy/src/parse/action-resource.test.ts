import { describe, expect, it } from 'vitest'
import { checkPolicyCase, policy, statement, type PolicyCase } from '../../test/policy-cases.ts'
import { actionProblem } from './action.ts'
import { resourceProblem } from './resource.ts'

describe('actionProblem', () => {
  const valid = [
    '*',
    's3:*',
    's3:GetObject',
    'IAM:listaccesskeys',
    'iam:*AccessKey*',
    'ec2:Describe?nstances',
    'execute-api:Invoke',
    'aws-portal:ViewBilling',
    'sts:AssumeRole',
  ]
  for (const action of valid)
    it(`accepts \`${action}\``, () => expect(actionProblem(action)).toBeUndefined())

  const invalid: Array<[string, string]> = [
    ['GetObject', 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'],
    ['s3:Get:Object', 'Actions/Condition can contain only one colon.'],
    ['*:Get*', 'the service prefix of `*:Get*` holds a wildcard'],
    ['s3*:GetObject', 'the service prefix of `s3*:GetObject` holds a wildcard'],
    ['s 3:GetObject', 'Vendor s 3 is not valid'],
    [':GetObject', '`:GetObject` has no service prefix before its colon'],
    ['s3:', '`s3:` has no action name after its colon'],
    ['s3:Get Object', 'the action name of `s3:Get Object` holds white space'],
  ]
  for (const [action, message] of invalid) {
    it(`refuses \`${action}\`: ${message}`, () =>
      expect(actionProblem(action)?.message).toBe(message))
  }
})

describe('resourceProblem', () => {
  const valid = [
    '*',
    'arn:aws:s3:::bucket',
    'arn:aws:s3:::bucket/*/test/*',
    'arn:aws:iam::123456789012:user/division_abc/*',
    'arn:aws:sqs:us-east-2:123456789012:queue1',
    'arn:aws:logs:us-east-1:123456789012:log-group:my-group:*',
    'arn:aws:ec2:*:*:instance/*',
    'arn:aws-cn:s3:::bucket',
    'arn:aws-us-gov:iam::123456789012:role/x',
    'arn:aws:s3:::${aws:username}',
    'arn:aws:dynamodb:us-east-?:123456789012:table/Books',
  ]
  for (const resource of valid)
    it(`accepts \`${resource}\``, () => expect(resourceProblem(resource)).toBeUndefined())

  const invalid: Array<[string, string]> = [
    ['my-bucket', 'Resource my-bucket must be in ARN format or "*".'],
    ['', 'Resource  must be in ARN format or "*".'],
    ['bucket:key', 'Resource bucket:key must be in ARN format or "*".'],
    ['arn:aws:s3', '`arn:aws:s3` has 3 of the six parts of an ARN'],
    ['arn:*:s3:::bucket', '`*` is not an AWS partition in `arn:*:s3:::bucket`'],
    ['arn:aws:*:::bucket', 'Resource vendor must be fully qualified and cannot contain regexes.'],
    [
      'arn:aws::us-east-1::x',
      'Resource vendor must be fully qualified and cannot contain regexes.',
    ],
    [
      'arn:aws:iam:us-east-1:123456789012:role/x',
      'IAM resource arn:aws:iam:us-east-1:123456789012:role/x cannot contain region information.',
    ],
  ]
  for (const [resource, message] of invalid) {
    it(`refuses \`${resource}\`: ${message}`, () =>
      expect(resourceProblem(resource)?.message).toBe(message))
  }
})

const cases: PolicyCase[] = [
  {
    name: 'points at the action that has no service prefix',
    kind: 'identity',
    policy: policy(statement({ Action: ['s3:GetObject', 'PutObject'] })),
    issues: [
      {
        code: 'policy.action.invalid',
        message: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
        path: ['Statement', 0, 'Action', 1],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'points at a single-string resource that is not an ARN',
    kind: 'identity',
    policy: policy(statement({ Resource: 'my-bucket' })),
    issues: [
      {
        code: 'policy.resource.invalid',
        message: 'Resource my-bucket must be in ARN format or "*".',
        path: ['Statement', 0, 'Resource'],
      },
    ],
  },
  {
    name: 'warns that a variable in `Action` stays plain text, whose colon AWS then refuses',
    kind: 'identity',
    policy: policy(statement({ Action: 's3:${aws:username}' })),
    issues: [
      {
        code: 'policy.variable.unsupportedElement',
        severity: 'warning',
        message:
          'policy variables are not resolved in `Action`: `s3:${aws:username}` stays plain text',
      },
      { code: 'policy.action.invalid', message: 'Actions/Condition can contain only one colon.' },
    ],
  },
  {
    name: 'warns about a variable before the resource part of an ARN',
    kind: 'identity',
    policy: policy(statement({ Resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/x' })),
    issues: [
      {
        code: 'policy.variable.outsideResourcePart',
        severity: 'warning',
        path: ['Statement', 0, 'Resource'],
      },
    ],
  },
  {
    name: 'warns about an unclosed variable in a resource',
    kind: 'identity',
    policy: policy(statement({ Resource: 'arn:aws:s3:::bucket/${aws:username/*' })),
    issues: [{ code: 'policy.variable.malformed', severity: 'warning' }],
  },
  {
    name: 'accepts a variable in the resource part, and its escapes',
    kind: 'identity',
    policy: policy(
      statement({
        Resource: [
          'arn:aws:s3:::bucket/${aws:username}/*',
          "arn:aws:s3:::bucket/${*}/${aws:PrincipalTag/team, 'none'}",
        ],
      }),
    ),
    issues: [],
  },
]

describe('parsePolicy: actions and resources', () => {
  for (const c of cases) it(c.name, () => checkPolicyCase(c))
})
