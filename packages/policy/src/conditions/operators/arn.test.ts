import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const A = `${DOCS.operators}#Conditions_ARN`
const key = 'aws:SourceArn'
const sample = {
  key,
  values: ['arn:aws:sns:us-east-1:123456789012:topic-*', 'arn:aws:iam::*:role/?x'] as [
    string,
    string,
  ],
  hit: 'arn:aws:sns:us-east-1:123456789012:topic-a',
  hit2: 'arn:aws:iam::111122223333:role/ax',
  miss: 'arn:aws:sns:us-east-1:123456789012:other',
}
const arn = (
  name: string,
  values: string[],
  value: string,
  expected: ConditionRow['expected'],
  detail?: string,
): ConditionRow => ({
  name,
  operator: 'ArnLike',
  key,
  values,
  context: { [key]: value },
  expected,
  source: A,
  ...(detail === undefined ? {} : { detail }),
})

const docsPattern = 'arn:aws:someservice:*:111122223333:finance/*'
const docsValue =
  'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'

const tables: Record<string, ConditionRow[]> = {
  ArnLike: [
    ...sharedRows({ operator: 'ArnLike', ...sample }),
    arn(
      'the docs example: ArnLike matches between colons and fails',
      [docsPattern],
      docsValue,
      false,
    ),
    arn(
      'the docs SNS example',
      ['arn:aws:sns:us-east-2:123456789012:TOPIC-ID'],
      'arn:aws:sns:us-east-2:123456789012:TOPIC-ID',
      true,
      '`aws:SourceArn` is `arn:aws:sns:us-east-2:123456789012:TOPIC-ID`, like `arn:aws:sns:us-east-2:123456789012:TOPIC-ID`',
    ),
    arn(
      'matching is case-sensitive',
      ['arn:aws:sns:us-east-2:123456789012:topic-id'],
      'arn:aws:sns:us-east-2:123456789012:TOPIC-ID',
      false,
    ),
    arn(
      '`*` matches a whole component',
      ['arn:aws:sns:*:*:topic'],
      'arn:aws:sns:eu-west-1:123456789012:topic',
      true,
    ),
    arn(
      '`*` stays inside its component',
      ['arn:aws:*:us-east-1:123456789012:x'],
      'arn:aws:sns:us-east-1:extra:123456789012:x',
      false,
    ),
    arn(
      'the sixth component keeps its colons, so `*` there spans them',
      ['arn:aws:logs:us-east-1:123456789012:log-group:app:*'],
      'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1',
      true,
    ),
    arn(
      '`?` is one character',
      ['arn:aws:iam::123456789012:role/r?'],
      'arn:aws:iam::123456789012:role/r12',
      false,
    ),
    arn(
      'an empty region matches an empty component',
      ['arn:aws:iam::123456789012:role/*'],
      'arn:aws:iam::123456789012:role/admin',
      true,
    ),
    arn(
      'a request value that is not an ARN matches nothing',
      ['arn:aws:iam::123456789012:role/*'],
      'role/admin',
      false,
      '`aws:SourceArn` is `role/admin`, which is not an ARN, so `ArnLike` is false',
    ),
    arn(
      'a policy value with fewer than six parts cannot be evaluated (our reading)',
      ['*'],
      'arn:aws:iam::123456789012:role/admin',
      'notEvaluated',
      '`*` is not an ARN: ARN operators compare the six colon-separated parts of an ARN one by one, so this condition cannot be evaluated',
    ),
    {
      ...arn(
        'a variable holding a whole ARN splits into components',
        ['${aws:PrincipalArn}'],
        'arn:aws:iam::123456789012:role/admin',
        true,
      ),
      context: {
        [key]: 'arn:aws:iam::123456789012:role/admin',
        'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/admin',
      },
      source: `${DOCS.variables}#policy-vars-conditionelement`,
    },
    {
      ...arn(
        'an account id from a variable',
        ['arn:aws:sns:*:${aws:PrincipalAccount}:*'],
        'arn:aws:sns:us-east-1:123456789012:t',
        true,
      ),
      context: {
        [key]: 'arn:aws:sns:us-east-1:123456789012:t',
        'aws:PrincipalAccount': '123456789012',
      },
      source: `${DOCS.variables}#policy-vars-conditionelement`,
    },
  ],
  ArnEquals: [
    ...sharedRows({ operator: 'ArnEquals', ...sample }),
    {
      ...arn(
        'ArnEquals behaves as ArnLike: wildcards work',
        ['arn:aws:sns:*:123456789012:*'],
        'arn:aws:sns:us-east-1:123456789012:t',
        true,
      ),
      operator: 'ArnEquals',
    },
    {
      ...arn('ArnEquals fails on the docs example too', [docsPattern], docsValue, false),
      operator: 'ArnEquals',
    },
  ],
  ArnNotLike: [
    ...sharedRows({ operator: 'ArnNotLike', ...sample }),
    {
      ...arn(
        'the docs example: ArnNotLike is true where ArnLike fails',
        [docsPattern],
        docsValue,
        true,
      ),
      operator: 'ArnNotLike',
    },
  ],
  ArnNotEquals: [
    ...sharedRows({ operator: 'ArnNotEquals', ...sample }),
    {
      ...arn(
        'ArnNotEquals behaves as ArnNotLike',
        ['arn:aws:sns:*:123456789012:*'],
        'arn:aws:sns:us-east-1:123456789012:t',
        false,
      ),
      operator: 'ArnNotEquals',
    },
  ],
}

for (const [operator, rows] of Object.entries(tables)) {
  describe(`${operator} (table)`, () => {
    it.each(rows)('$name', (row) => {
      const { explained, compiled } = run(row)
      expect(explained.result).toBe(row.expected)
      expect(compiled).toBe(row.expected)
      if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
      expect(row.source).toMatch(/^https:\/\//)
    })
  })
}
