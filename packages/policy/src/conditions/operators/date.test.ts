import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const D = `${DOCS.operators}#Conditions_Date`
const key = 'aws:CurrentTime'
const at = (
  value: string,
  policy: string,
  expected: ConditionRow['expected'],
  name: string,
): ConditionRow => ({
  name,
  operator: 'DateEquals',
  key,
  values: [policy],
  context: { [key]: value },
  expected,
  source: DOCS.w3cDates,
})

const tables: Record<string, ConditionRow[]> = {
  DateEquals: [
    ...sharedRows({
      operator: 'DateEquals',
      key,
      values: ['2026-01-01T09:00:00Z', '1767258000'],
      hit: '2026-01-01T10:00:00+01:00',
      hit2: '2026-01-01T09:00:00Z',
      miss: '2026-01-01T09:00:01Z',
    }),
    at('2026-01-01T00:00:00Z', '2026', true, 'YYYY is the first instant of the year'),
    at('2026-03-01T00:00:00Z', '2026-03', true, 'YYYY-MM is the first instant of the month'),
    at('2026-03-15T00:00:00Z', '2026-03-15', true, 'YYYY-MM-DD is midnight UTC'),
    at('2026-03-15T12:30:00Z', '2026-03-15T13:30+01:00', true, 'YYYY-MM-DDThh:mmTZD'),
    at('2026-03-15T12:30:45Z', '2026-03-15T07:30:45-05:00', true, 'YYYY-MM-DDThh:mm:ssTZD'),
    at('2026-03-15T12:30:45.5Z', '2026-03-15T12:30:45.50Z', true, 'YYYY-MM-DDThh:mm:ss.sTZD'),
    at('2026-03-15T12:30:45.5Z', '2026-03-15T12:30:45.49Z', false, 'fractions of a second count'),
    at('1970-01-01T00:00:00Z', '0', true, 'epoch seconds: 0 is 1970-01-01T00:00:00Z'),
    at(
      '1767258000',
      '2026-01-01T09:00:00Z',
      true,
      'an epoch request value against an ISO policy value',
    ),
    at('2024-02-29', '2024-02-29T00:00:00Z', true, 'a leap day'),
    {
      name: 'a time without a zone is not a W3C date: the policy value cannot be evaluated',
      operator: 'DateEquals',
      key,
      values: ['2026-01-01T09:00:00'],
      context: { [key]: '2026-01-01T09:00:00Z' },
      expected: 'notEvaluated',
      source: DOCS.w3cDates,
    },
    {
      name: 'an impossible date cannot be evaluated',
      operator: 'DateEquals',
      key,
      values: ['2023-02-29'],
      context: { [key]: '2023-03-01' },
      expected: 'notEvaluated',
      source: DOCS.w3cDates,
    },
    {
      name: 'wildcards are not permitted: `*` is not a date',
      operator: 'DateEquals',
      key,
      values: ['2026-*'],
      context: { [key]: '2026-01-01' },
      expected: 'notEvaluated',
      source: D,
    },
    {
      name: 'policy variables are literal text here',
      operator: 'DateEquals',
      key,
      values: ['${aws:TokenIssueTime}'],
      context: { [key]: '2026-01-01', 'aws:TokenIssueTime': '2026-01-01' },
      expected: 'notEvaluated',
      source: D,
    },
    {
      name: 'a request value that is not a date does not match',
      operator: 'DateEquals',
      key,
      values: ['2026-01-01'],
      context: { [key]: 'yesterday' },
      expected: false,
      detail: '`aws:CurrentTime` is `yesterday`, which is not a date, so `DateEquals` is false',
      source: D,
    },
  ],
  DateNotEquals: [
    ...sharedRows({
      operator: 'DateNotEquals',
      key,
      values: ['2026-01-01T09:00:00Z', '1767258000'],
      hit: '2026-01-01T10:00:00+01:00',
      hit2: '2026-01-01T09:00:00Z',
      miss: '2026-01-01T09:00:01Z',
    }),
  ],
  DateLessThan: [
    ...sharedRows({
      operator: 'DateLessThan',
      key,
      values: ['2020-01-01', '1000'],
      hit: '2019-12-31T23:59:59Z',
      hit2: '999',
      miss: '2020-01-01',
    }),
  ],
  DateLessThanEquals: [
    ...sharedRows({
      operator: 'DateLessThanEquals',
      key,
      values: ['2020-01-01', '1000'],
      hit: '2020-01-01T00:00:00Z',
      hit2: '1000',
      miss: '2020-01-01T00:00:01Z',
    }),
  ],
  DateGreaterThan: [
    ...sharedRows({
      operator: 'DateGreaterThan',
      key: 'aws:TokenIssueTime',
      values: ['2020-01-01T00:00:01Z', '-100'],
      hit: '2021-06-01T00:00:00Z',
      hit2: '-99',
      miss: '-100',
    }),
    {
      name: 'the docs example: credentials issued in 2020 or later',
      operator: 'DateGreaterThan',
      key: 'aws:TokenIssueTime',
      values: ['2020-01-01T00:00:01Z'],
      context: { 'aws:TokenIssueTime': '2019-12-31T23:00:00Z' },
      expected: false,
      detail: '`aws:TokenIssueTime` is `2019-12-31T23:00:00Z`, not after `2020-01-01T00:00:01Z`',
      source: D,
    },
  ],
  DateGreaterThanEquals: [
    ...sharedRows({
      operator: 'DateGreaterThanEquals',
      key,
      values: ['2026-06-01', '2000000000'],
      hit: '2026-06-01',
      hit2: '2000000000',
      miss: '2026-05-31T23:59:59Z',
    }),
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
