/**
 * The rules that hold across operators: set operators, missing and empty keys, lists without a
 * set operator, clauses that cannot be evaluated, and the sentences that explain them.
 */
import { describe, expect, it } from 'vitest'
import { DOCS, run, type ConditionRow } from '../../test/support/conditions.ts'

const tags = 'aws:TagKeys'
const attributes = 'dynamodb:requestedAttributes'

const rows: ConditionRow[] = [
  // reference_policies_condition_examples-multi-valued-context-keys: the DenyRestrictedTags table.
  {
    name: 'ForAllValues:StringNotLike, `key1:legal`: no match',
    operator: 'ForAllValues:StringNotLike',
    key: tags,
    values: ['key1*'],
    context: { [tags]: ['key1:legal'] },
    expected: false,
    source: DOCS.setExamples,
  },
  {
    name: 'ForAllValues:StringNotLike, `key1:hr` and `key1:personnel`: no match',
    operator: 'ForAllValues:StringNotLike',
    key: tags,
    values: ['key1*'],
    context: { [tags]: ['key1:hr', 'key1:personnel'] },
    expected: false,
    source: DOCS.setExamples,
  },
  {
    name: 'ForAllValues:StringNotLike, `key2:audit`: match',
    operator: 'ForAllValues:StringNotLike',
    key: tags,
    values: ['key1*'],
    context: { [tags]: ['key2:audit'] },
    expected: true,
    detail: 'no value of `aws:TagKeys` (`key2:audit`) is like `key1*`',
    source: DOCS.setExamples,
  },
  {
    name: 'ForAllValues:StringNotLike, no aws:TagKeys: match',
    operator: 'ForAllValues:StringNotLike',
    key: tags,
    values: ['key1*'],
    context: {},
    expected: true,
    detail:
      '`aws:TagKeys` is missing from the request, and `ForAllValues:StringNotLike` is true when the key is missing',
    source: DOCS.setExamples,
  },
  // reference_policies_multi-value-conditions: the DynamoDB Thread table.
  {
    name: 'ForAllValues:StringLike, every requested attribute is allowed',
    operator: 'ForAllValues:StringLike',
    key: attributes,
    values: ['PostDateTime', 'Message', 'Tags'],
    context: { [attributes]: ['PostDateTime', 'Message'] },
    expected: true,
    detail:
      'every value of `dynamodb:requestedAttributes` (`PostDateTime`, `Message`) is like one of `PostDateTime`, `Message`, `Tags`',
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAllValues:StringLike, `UserName` is not allowed',
    operator: 'ForAllValues:StringLike',
    key: attributes,
    values: ['PostDateTime', 'Message', 'Tags'],
    context: { [attributes]: ['PostDateTime', 'UserName'] },
    expected: false,
    detail:
      '`dynamodb:requestedAttributes` has the value `UserName`, not like any of `PostDateTime`, `Message`, `Tags`, and `ForAllValues:StringLike` needs every value to match',
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAnyValue:StringLike, `PostDateTime` is forbidden',
    operator: 'ForAnyValue:StringLike',
    key: attributes,
    values: ['ID', 'PostDateTime'],
    context: { [attributes]: ['UserName', 'Message', 'PostDateTime'] },
    expected: true,
    detail: '`dynamodb:requestedAttributes` has the value `PostDateTime`, like `PostDateTime`',
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAnyValue:StringLike, only `UserName`',
    operator: 'ForAnyValue:StringLike',
    key: attributes,
    values: ['ID', 'PostDateTime'],
    context: { [attributes]: ['UserName'] },
    expected: false,
    detail:
      'no value of `dynamodb:requestedAttributes` (`UserName`) is like any of `ID`, `PostDateTime`',
    source: DOCS.setsEmptyString,
  },
  // Empty and missing values under set operators.
  {
    name: 'ForAllValues: an empty string is an empty set',
    operator: 'ForAllValues:StringEquals',
    key: tags,
    values: ['a'],
    context: { [tags]: '' },
    expected: true,
    detail: '`aws:TagKeys` is empty, and `ForAllValues:StringEquals` is true for an empty set',
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAnyValue: an empty string is an empty set',
    operator: 'ForAnyValue:StringEquals',
    key: tags,
    values: [''],
    context: { [tags]: '' },
    expected: false,
    detail: '`aws:TagKeys` is empty, and `ForAnyValue:StringEquals` needs at least one value',
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAnyValue: an empty list',
    operator: 'ForAnyValue:StringEquals',
    key: tags,
    values: ['a'],
    context: { [tags]: [] },
    expected: false,
    detail: '`aws:TagKeys` has no values, and `ForAnyValue:StringEquals` needs at least one value',
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: a missing key',
    operator: 'ForAnyValue:StringEquals',
    key: tags,
    values: ['a'],
    context: {},
    expected: false,
    detail:
      '`aws:TagKeys` is missing from the request, and `ForAnyValue:StringEquals` needs at least one value',
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue with a negated operator: some value matches none',
    operator: 'ForAnyValue:StringNotEquals',
    key: tags,
    values: ['a', 'b'],
    context: { [tags]: ['a', 'c'] },
    expected: true,
    detail: '`aws:TagKeys` has the value `c`, not equal to any of `a`, `b`',
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue with a negated operator: every value matches one',
    operator: 'ForAnyValue:StringNotEquals',
    key: tags,
    values: ['a', 'b'],
    context: { [tags]: ['b', 'a'] },
    expected: false,
    detail:
      'every value of `aws:TagKeys` (`b`, `a`) is equal to one of `a`, `b`, so `ForAnyValue:StringNotEquals` is false',
    source: DOCS.sets,
  },
  {
    name: 'ForAllValues with a negated operator: one value matches',
    operator: 'ForAllValues:StringNotEquals',
    key: tags,
    values: ['a', 'b'],
    context: { [tags]: ['c', 'b'] },
    expected: false,
    detail:
      '`aws:TagKeys` has the value `b`, equal to `b`, and `ForAllValues:StringNotEquals` needs every value to match none',
    source: DOCS.sets,
  },
  // IfExists.
  {
    name: 'StringNotEqualsIfExists with a missing tag is true (a Deny still denies)',
    operator: 'StringNotEqualsIfExists',
    key: 'aws:ResourceTag/team',
    values: ['red'],
    context: {},
    expected: true,
    detail:
      '`aws:ResourceTag/team` is missing from the request, so `StringNotEqualsIfExists` is true',
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
  {
    name: 'StringLikeIfExists: the docs ec2:InstanceType example, present',
    operator: 'StringLikeIfExists',
    key: 'ec2:InstanceType',
    values: ['t1.*', 't2.*', 'm3.*'],
    context: { 'ec2:InstanceType': 'm5.large' },
    expected: false,
    detail: '`ec2:InstanceType` is `m5.large`, not like any of `t1.*`, `t2.*`, `m3.*`',
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
  // A list without a set operator (our reading: not evaluable).
  {
    name: 'a list under an operator with no set prefix cannot be evaluated',
    operator: 'StringEquals',
    key: tags,
    values: ['a'],
    context: { [tags]: ['a', 'b'] },
    expected: 'notEvaluated',
    detail:
      '`aws:TagKeys` holds a list (`a`, `b`), and `StringEquals` without `ForAllValues:` or `ForAnyValue:` compares one value, so this condition cannot be evaluated',
    source: DOCS.sets,
  },
  {
    name: 'a one-element list is still a list',
    operator: 'StringEquals',
    key: tags,
    values: ['a'],
    context: { [tags]: ['a'] },
    expected: 'notEvaluated',
    source: DOCS.sets,
  },
  {
    name: 'an empty list under StringNotEquals',
    operator: 'StringNotEquals',
    key: tags,
    values: ['a'],
    context: { [tags]: [] },
    expected: 'notEvaluated',
    detail:
      '`aws:TagKeys` holds an empty list, and `StringNotEquals` without `ForAllValues:` or `ForAnyValue:` compares one value, so this condition cannot be evaluated',
    source: DOCS.sets,
  },
  {
    name: 'a missing multivalued key follows the missing-key rule',
    operator: 'StringEquals',
    key: tags,
    values: ['a'],
    context: {},
    expected: false,
    source: DOCS.operators,
  },
  // Clauses that cannot be evaluated.
  {
    name: 'an operator AWS does not know',
    operator: 'StringEqualz',
    key: 'aws:username',
    values: ['alice'],
    context: { 'aws:username': 'alice' },
    expected: 'notEvaluated',
    detail:
      '`StringEqualz` is not a condition operator AWS knows, so this condition cannot be evaluated',
    source: DOCS.operators,
  },
  {
    name: 'an unknown operator with a missing key',
    operator: 'Foo',
    key: 'aws:username',
    values: ['alice'],
    context: {},
    expected: 'notEvaluated',
    source: DOCS.operators,
  },
  {
    name: 'a key with no values matches none of them: a positive operator is false',
    operator: 'StringEquals',
    key: 'aws:username',
    values: [],
    context: { 'aws:username': 'alice' },
    expected: false,
    detail: '`aws:username` is `alice`, which matches no policy value',
    source: DOCS.logic,
  },
  {
    name: 'a key with no values matches none of them: a negated operator is true',
    operator: 'StringNotEquals',
    key: 'aws:username',
    values: [],
    context: { 'aws:username': 'alice' },
    expected: true,
    source: DOCS.logic,
  },
  {
    name: 'Null with no values is false',
    operator: 'Null',
    key: 'aws:username',
    values: [],
    context: {},
    expected: false,
    detail:
      '`aws:username` is missing from the request, and `Null` lists no values, so it is false',
    source: DOCS.logic,
  },
  // Key names.
  {
    name: 'the policy key and the request key differ in case only',
    operator: 'IpAddress',
    key: 'aws:SourceIP',
    values: ['203.0.113.0/24'],
    context: { 'AWS:SOURCEIP': '203.0.113.1' },
    expected: true,
    source: DOCS.condition,
  },
  // Long lists are shortened in explanations.
  {
    name: 'a long list of policy values is shortened',
    operator: 'StringEquals',
    key: 'aws:username',
    values: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    context: { 'aws:username': 'z' },
    expected: false,
    detail: '`aws:username` is `z`, not equal to any of `a`, `b`, `c`, `d`, `e` and 2 more',
    source: DOCS.logic,
  },
]

describe('condition logic across operators (table)', () => {
  it.each(rows)('$name', (row) => {
    const { explained, compiled } = run(row)
    expect(explained.result).toBe(row.expected)
    expect(compiled).toBe(row.expected)
    if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
    expect(row.source).toMatch(/^https:\/\//)
  })
})

describe('evaluateCondition', () => {
  it('reports the key and operator as written, the request value and the policy values', () => {
    const { explained } = run({
      name: '',
      operator: 'ForAnyValue:StringLike',
      key: 'AWS:TagKeys',
      values: ['a*', 'b'],
      context: { 'aws:tagkeys': ['ax'] },
      expected: true,
      source: DOCS.condition,
    })
    expect(explained).toMatchObject({
      key: 'AWS:TagKeys',
      operator: 'ForAnyValue:StringLike',
      requestValue: ['ax'],
      policyValues: ['a*', 'b'],
    })
  })

  it('reports a missing request value as null', () => {
    const { explained } = run({
      name: '',
      operator: 'Bool',
      key: 'aws:SecureTransport',
      values: ['true'],
      context: {},
      expected: false,
      source: DOCS.condition,
    })
    expect(explained.requestValue).toBeNull()
  })
})
