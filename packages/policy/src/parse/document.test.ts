import { describe, it } from 'vitest'
import { checkPolicyCase, policy, statement, type PolicyCase } from '../../test/policy-cases.ts'

const cases: PolicyCase[] = [
  {
    name: 'accepts a minimal identity policy',
    kind: 'identity',
    policy: policy(statement()),
    issues: [],
  },
  {
    name: 'accepts `Statement` as a single object',
    kind: 'identity',
    policy: { Version: '2012-10-17', Statement: statement() },
    issues: [],
  },
  {
    name: 'accepts a policy without `Version`',
    kind: 'identity',
    policy: { Statement: [statement()] },
    issues: [],
  },
  {
    name: 'accepts the legacy `Version` 2008-10-17',
    kind: 'identity',
    policy: { Version: '2008-10-17', Statement: [statement()] },
    issues: [],
  },
  {
    name: 'refuses a document that is not an object',
    kind: 'identity',
    policy: [statement()],
    issues: [
      {
        code: 'policy.document.notObject',
        message: 'a policy must be a JSON object, found an array',
        path: [],
      },
    ],
  },
  {
    name: 'refuses an unknown top-level element, and suggests the right case',
    kind: 'identity',
    policy: { Version: '2012-10-17', statement: [statement()], Statement: [statement()] },
    issues: [
      {
        code: 'policy.document.unknownElement',
        message: '`statement` is not a policy element',
        path: ['statement'],
        hint: 'write `Statement`',
      },
    ],
  },
  {
    name: 'refuses a `Condition` outside any statement',
    kind: 'identity',
    policy: { ...policy(statement()), Condition: {} },
    issues: [
      {
        code: 'policy.document.unknownElement',
        path: ['Condition'],
        hint: '`Condition` belongs inside a statement',
      },
    ],
  },
  {
    name: 'refuses a `Version` of the author’s own',
    kind: 'identity',
    policy: { Version: '2024-01-01', Statement: [statement()] },
    issues: [
      {
        code: 'policy.version.invalid',
        message: '`Version` must be `"2012-10-17"` or `"2008-10-17"`, found `2024-01-01`',
        path: ['Version'],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'refuses a `Version` written as a number',
    kind: 'identity',
    policy: { Version: 2012, Statement: [statement()] },
    issues: [
      {
        code: 'policy.version.invalid',
        message: '`Version` must be `"2012-10-17"` or `"2008-10-17"`, found a number',
      },
    ],
  },
  {
    name: 'refuses a policy without `Statement`',
    kind: 'identity',
    policy: { Version: '2012-10-17' },
    issues: [
      { code: 'policy.statement.missing', message: 'the policy has no `Statement`', path: [] },
    ],
  },
  {
    name: 'refuses an empty `Statement`',
    kind: 'identity',
    policy: { Version: '2012-10-17', Statement: [] },
    issues: [{ code: 'policy.statement.empty', path: ['Statement'] }],
  },
  {
    name: 'refuses a `Statement` that is a string',
    kind: 'identity',
    policy: { Version: '2012-10-17', Statement: 'Allow everything' },
    issues: [
      {
        code: 'policy.statement.notObject',
        message: '`Statement` must be an object or an array of objects, found a string',
      },
    ],
  },
  {
    name: 'refuses a statement that is not an object',
    kind: 'identity',
    policy: policy(statement(), 42),
    issues: [
      {
        code: 'policy.statement.notObject',
        message: 'a statement must be an object, found a number',
        path: ['Statement', 1],
      },
    ],
  },
  {
    name: 'refuses `Id` in an identity-based policy',
    kind: 'identity',
    policy: { ...policy(statement()), Id: 'MyPolicy' },
    issues: [
      {
        code: 'policy.id.notAllowed',
        message: '`Id` must not be included in an identity-based policy',
        path: ['Id'],
      },
    ],
  },
  {
    name: 'accepts `Id` in a bucket policy',
    kind: 'resource',
    policy: { ...policy(statement({ Principal: '*' })), Id: 'PolicyForCloudFront' },
    issues: [],
  },
  {
    name: 'refuses an `Id` that is not a string',
    kind: 'resource',
    policy: { ...policy(statement({ Principal: '*' })), Id: 7 },
    issues: [{ code: 'policy.id.invalid', path: ['Id'] }],
  },
  {
    name: 'warns about `Id` in an SCP, which AWS Organizations does not document',
    kind: 'scp',
    policy: { ...policy(statement()), Id: 'x' },
    issues: [{ code: 'policy.id.undocumented', severity: 'warning', path: ['Id'] }],
  },
  {
    name: 'refuses two statements with one `Sid`, in AWS words',
    kind: 'identity',
    policy: policy(statement({ Sid: 'Read' }), statement({ Sid: 'Read' })),
    issues: [
      {
        code: 'policy.sid.duplicate',
        message: 'Statement IDs (SID) in a single policy must be unique.',
        path: ['Statement', 1, 'Sid'],
        hint: '`Read` is also the `Sid` of statement 0: rename one of them',
      },
    ],
  },
  {
    name: 'accepts two statements with an empty `Sid`',
    kind: 'identity',
    policy: policy(statement({ Sid: '' }), statement({ Sid: '' })),
    issues: [],
  },
  {
    name: 'only warns about a repeated `Sid` in a resource-based policy',
    kind: 'resource',
    policy: policy(
      statement({ Sid: 'Public', Principal: '*' }),
      statement({ Sid: 'Public', Principal: '*' }),
    ),
    issues: [{ code: 'policy.sid.duplicateInResourcePolicy', severity: 'warning' }],
  },
  {
    name: 'refuses a `Sid` with characters IAM does not accept, in AWS words',
    kind: 'identity',
    policy: policy(statement({ Sid: 'allow-read_all' })),
    issues: [
      {
        code: 'policy.sid.invalid',
        message:
          'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
        path: ['Statement', 0, 'Sid'],
        hint: '`allow-read_all` holds other characters: write it as `allowreadall`',
      },
    ],
  },
  {
    name: 'accepts spaces in the `Sid` of a bucket policy',
    kind: 'resource',
    policy: policy(statement({ Sid: 'Allow public read', Principal: '*' })),
    issues: [],
  },
  {
    name: 'refuses a `Sid` that is not a string',
    kind: 'identity',
    policy: policy(statement({ Sid: 1 })),
    issues: [{ code: 'policy.sid.invalid', message: '`Sid` must be a string, found a number' }],
  },
  {
    name: 'warns once that variables are plain text without `Version` 2012-10-17',
    kind: 'identity',
    policy: {
      Statement: [
        statement({
          Resource: ['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::c/${aws:username}'],
        }),
      ],
    },
    issues: [
      {
        code: 'policy.version.variablesLiteral',
        severity: 'warning',
        path: ['Statement', 0, 'Resource', 0],
      },
    ],
  },
  {
    name: 'warns that variables are plain text in 2008-10-17 conditions too',
    kind: 'identity',
    policy: {
      Version: '2008-10-17',
      Statement: [statement({ Condition: { StringEquals: { 's3:prefix': '${aws:username}' } } })],
    },
    issues: [
      {
        code: 'policy.version.variablesLiteral',
        path: ['Statement', 0, 'Condition', 'StringEquals', 's3:prefix'],
      },
    ],
  },
]

describe('parsePolicy: the document and its statements', () => {
  for (const c of cases) it(c.name, () => checkPolicyCase(c))
})
