import { describe, expect, it } from 'vitest'
import { checkPolicyCase, policy, statement, type PolicyCase } from '../../test/policy-cases.ts'
import { parseConditionOperator, suggestConditionOperator } from './condition-operator.ts'
import { parsePolicy } from './parse-policy.ts'

const withCondition = (condition: unknown, overrides: Record<string, unknown> = {}) =>
  policy(statement({ ...overrides, Condition: condition }))

describe('parseConditionOperator', () => {
  const cases: Array<[string, ReturnType<typeof parseConditionOperator>]> = [
    ['StringEquals', { base: 'StringEquals', set: undefined, ifExists: false }],
    ['StringLikeIfExists', { base: 'StringLike', set: undefined, ifExists: true }],
    ['ForAnyValue:StringLike', { base: 'StringLike', set: 'ForAnyValue', ifExists: false }],
    [
      'ForAllValues:StringNotEqualsIfExists',
      { base: 'StringNotEquals', set: 'ForAllValues', ifExists: true },
    ],
    ['NullIfExists', { base: 'Null', set: undefined, ifExists: true }],
    ['stringequals', { base: undefined, set: undefined, ifExists: false }],
    ['StringEqual', { base: undefined, set: undefined, ifExists: false }],
    ['ForAllValue:StringLike', { base: undefined, set: undefined, ifExists: false }],
    ['ForAnyValue:', { base: undefined, set: 'ForAnyValue', ifExists: false }],
    ['IfExists', { base: undefined, set: undefined, ifExists: false }],
  ]
  for (const [operator, expected] of cases)
    it(`reads \`${operator}\``, () => expect(parseConditionOperator(operator)).toEqual(expected))

  const suggestions: Array<[string, string | undefined]> = [
    ['StringEqual', 'StringEquals'],
    ['stringEquals', 'StringEquals'],
    ['ForAnyValue:StringLke', 'ForAnyValue:StringLike'],
    ['forallvalues:StringLike', 'ForAllValues:StringLike'],
    ['NumericLessThenIfExists', 'NumericLessThanIfExists'],
    ['IPAddress', 'IpAddress'],
    ['Whatever', undefined],
  ]
  for (const [operator, suggestion] of suggestions) {
    it(`suggests ${suggestion === undefined ? 'nothing' : `\`${suggestion}\``} for \`${operator}\``, () =>
      expect(suggestConditionOperator(operator)).toBe(suggestion))
  }
})

const cases: PolicyCase[] = [
  {
    name: 'accepts every operator family with good values',
    kind: 'identity',
    policy: withCondition({
      StringEquals: { 'aws:PrincipalTag/team': ['blue', 'green'] },
      StringLikeIfExists: { 's3:prefix': 'home/*' },
      NumericLessThanEquals: { 's3:max-keys': '10' },
      DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
      DateLessThan: { 'aws:EpochTime': 1893456000 },
      Bool: { 'aws:SecureTransport': true },
      BinaryEquals: { 'aws:ResourceTag/blob': 'QmluYXJ5VmFsdWU=' },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.7', '2001:db8::/32'] },
      ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:topic-*' },
      Null: { 'aws:TokenIssueTime': 'false' },
      'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] },
    }),
    issues: [],
  },
  {
    name: 'refuses an unknown operator and suggests the closest',
    kind: 'identity',
    policy: withCondition({ StringEqual: { 'aws:username': 'alice' } }),
    issues: [
      {
        code: 'policy.condition.unknownOperator',
        message: '`StringEqual` is not a condition operator',
        hint: 'did you mean `StringEquals`?',
        path: ['Statement', 0, 'Condition', 'StringEqual'],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'explains a condition key written without its operator',
    kind: 'identity',
    policy: withCondition({ 'aws:SourceIp': '203.0.113.0/24' }),
    issues: [
      {
        code: 'policy.condition.unknownOperator',
        hint: 'a condition key sits under an operator: `"StringEquals": {"aws:SourceIp": …}`',
      },
    ],
  },
  {
    name: 'refuses `Null` with `IfExists`',
    kind: 'identity',
    policy: withCondition({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }),
    issues: [
      {
        code: 'policy.condition.nullIfExists',
        message: '`NullIfExists`: the `Null` operator cannot take `IfExists`',
      },
    ],
  },
  {
    name: 'warns about `ForAllValues` in an `Allow` statement',
    kind: 'identity',
    policy: withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }),
    issues: [
      {
        code: 'policy.condition.forAllValuesAllow',
        severity: 'warning',
        path: ['Statement', 0, 'Condition', 'ForAllValues:StringEquals'],
      },
    ],
  },
  {
    name: 'accepts `ForAllValues` in a `Deny` statement',
    kind: 'identity',
    policy: withCondition(
      { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'key1*' } },
      { Effect: 'Deny' },
    ),
    issues: [],
  },
  {
    name: 'refuses a `Condition` that is an array',
    kind: 'identity',
    policy: withCondition([{ StringEquals: { 'aws:username': 'a' } }]),
    issues: [
      {
        code: 'policy.condition.invalid',
        message: '`Condition` must be an object of condition operators, found an array',
      },
    ],
  },
  {
    name: 'refuses an operator block that is a string',
    kind: 'identity',
    policy: withCondition({ StringEquals: 'aws:username' }),
    issues: [
      { code: 'policy.condition.invalid', path: ['Statement', 0, 'Condition', 'StringEquals'] },
    ],
  },
  {
    name: 'refuses a `null` value and an object value',
    kind: 'identity',
    policy: withCondition({
      StringEquals: { 'aws:username': null, 'aws:userid': ['a', { b: 1 }] },
    }),
    issues: [
      {
        code: 'policy.condition.invalid',
        path: ['Statement', 0, 'Condition', 'StringEquals', 'aws:username'],
      },
      {
        code: 'policy.condition.invalid',
        path: ['Statement', 0, 'Condition', 'StringEquals', 'aws:userid', 1],
      },
    ],
  },
  {
    name: 'refuses a condition key without a service prefix, in AWS words',
    kind: 'identity',
    policy: withCondition({ IpAddress: { SourceIp: '203.0.113.0/24' } }),
    issues: [
      {
        code: 'policy.condition.keyFormat',
        message: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
      },
    ],
  },
  {
    name: 'accepts a key with more colons (a tag key with a prefix of its own)',
    kind: 'identity',
    policy: withCondition({
      StringEquals: { 'aws:ResourceTag/aws:cloudformation:stack-name': 'prod' },
    }),
    issues: [],
  },
  {
    name: 'warns about one key written twice with different case',
    kind: 'identity',
    policy: withCondition({
      IpAddress: { 'aws:SourceIp': '203.0.113.0/24', 'aws:sourceip': '198.51.100.0/24' },
    }),
    issues: [
      {
        code: 'policy.condition.duplicateKeyCase',
        severity: 'warning',
        path: ['Statement', 0, 'Condition', 'IpAddress', 'aws:sourceip'],
      },
    ],
  },
  {
    name: 'warns about a key with no values',
    kind: 'identity',
    policy: withCondition({ StringEquals: { 'aws:username': [] } }),
    issues: [{ code: 'policy.condition.emptyValues', severity: 'warning' }],
  },
  {
    name: 'refuses a number that is not a number',
    kind: 'identity',
    policy: withCondition({ NumericLessThan: { 's3:max-keys': 'ten' } }),
    issues: [
      {
        code: 'policy.condition.invalidValue',
        path: ['Statement', 0, 'Condition', 'NumericLessThan', 's3:max-keys'],
      },
    ],
  },
  {
    name: 'refuses a date that is not ISO 8601 nor epoch, as AWS does',
    kind: 'identity',
    policy: withCondition({
      DateGreaterThan: { 'aws:CurrentTime': ['2026-01-01T00:00:00Z', '01/02/2026'] },
    }),
    issues: [
      {
        code: 'policy.condition.invalidValue',
        path: ['Statement', 0, 'Condition', 'DateGreaterThan', 'aws:CurrentTime', 1],
        awsError: 'MalformedPolicyDocument',
      },
    ],
  },
  {
    name: 'refuses a Bool value other than true and false',
    kind: 'identity',
    policy: withCondition({ Bool: { 'aws:MultiFactorAuthPresent': 'yes' } }),
    issues: [{ code: 'policy.condition.invalidValue' }],
  },
  {
    name: 'refuses an IP address that is not one',
    kind: 'identity',
    policy: withCondition({
      NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/33', '10.0.0.256', '2001:db8::/129'] },
    }),
    issues: [
      { code: 'policy.condition.invalidValue' },
      { code: 'policy.condition.invalidValue' },
      { code: 'policy.condition.invalidValue' },
    ],
  },
  {
    name: 'refuses BinaryEquals text that is not base64',
    kind: 'identity',
    policy: withCondition({ BinaryEquals: { 'aws:ResourceTag/blob': 'not base64!' } }),
    issues: [{ code: 'policy.condition.invalidValue' }],
  },
  {
    name: 'refuses a Null value other than true and false',
    kind: 'identity',
    policy: withCondition({ Null: { 'aws:TokenIssueTime': 'absent' } }),
    issues: [{ code: 'policy.condition.invalidValue' }],
  },
  {
    name: 'warns about an ARN value of fewer than six parts',
    kind: 'identity',
    policy: withCondition({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*' } }),
    issues: [{ code: 'policy.condition.unreadableArn', severity: 'warning' }],
  },
  {
    name: 'refuses a policy variable with a numeric operator',
    kind: 'identity',
    policy: withCondition({ NumericLessThan: { 's3:max-keys': '${aws:EpochTime}' } }),
    issues: [
      {
        code: 'policy.variable.unsupportedOperator',
        message:
          'policy variables are not resolved with `NumericLessThan`: `${aws:EpochTime}` is compared as written',
      },
    ],
  },
  {
    name: 'accepts policy variables with string and ARN operators',
    kind: 'identity',
    policy: withCondition({
      StringLike: {
        's3:prefix': ['${aws:username}/*', "home/${aws:PrincipalTag/team, 'shared'}/*"],
      },
      ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/x' },
    }),
    issues: [],
  },
  {
    name: 'warns about an unclosed variable in a condition value',
    kind: 'identity',
    policy: withCondition({ StringEquals: { 's3:prefix': '${aws:username' } }),
    issues: [{ code: 'policy.variable.malformed', severity: 'warning' }],
  },
]

describe('parsePolicy: conditions', () => {
  for (const c of cases) it(c.name, () => checkPolicyCase(c))

  it('makes one clause per operator and key, in document order, with scalars as strings', () => {
    const result = parsePolicy(
      withCondition({
        'ForAnyValue:StringLikeIfExists': {
          'aws:TagKeys': ['a*', 'b*'],
          'aws:RequestTag/env': 'prod',
        },
        Bool: { 'aws:SecureTransport': false },
        NumericEquals: { 's3:max-keys': 12, 'aws:PrincipalAccount': 123456789012 },
      }),
      { kind: 'identity' },
    )
    expect(result.ok).toBe(true)
    const conditions = result.ok ? result.policy.statements[0]?.conditions : []
    expect(conditions).toEqual([
      {
        operator: 'ForAnyValue:StringLikeIfExists',
        base: 'StringLike',
        set: 'ForAnyValue',
        ifExists: true,
        key: 'aws:TagKeys',
        values: ['a*', 'b*'],
        path: ['Statement', 0, 'Condition', 'ForAnyValue:StringLikeIfExists', 'aws:TagKeys'],
      },
      {
        operator: 'ForAnyValue:StringLikeIfExists',
        base: 'StringLike',
        set: 'ForAnyValue',
        ifExists: true,
        key: 'aws:RequestTag/env',
        values: ['prod'],
        path: ['Statement', 0, 'Condition', 'ForAnyValue:StringLikeIfExists', 'aws:RequestTag/env'],
      },
      {
        operator: 'Bool',
        base: 'Bool',
        set: undefined,
        ifExists: false,
        key: 'aws:SecureTransport',
        values: ['false'],
        path: ['Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport'],
      },
      {
        operator: 'NumericEquals',
        base: 'NumericEquals',
        set: undefined,
        ifExists: false,
        key: 's3:max-keys',
        values: ['12'],
        path: ['Statement', 0, 'Condition', 'NumericEquals', 's3:max-keys'],
      },
      {
        operator: 'NumericEquals',
        base: 'NumericEquals',
        set: undefined,
        ifExists: false,
        key: 'aws:PrincipalAccount',
        values: ['123456789012'],
        path: ['Statement', 0, 'Condition', 'NumericEquals', 'aws:PrincipalAccount'],
      },
    ])
  })

  it('keeps the digits of a large integer written in the text', () => {
    const result = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalAccount":999999999999999999999}}}}',
      { kind: 'identity' },
    )
    expect(result.ok && result.policy.statements[0]?.conditions[0]?.values).toEqual([
      '999999999999999999999',
    ])
  })
})
