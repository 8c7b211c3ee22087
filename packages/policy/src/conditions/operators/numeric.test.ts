import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const N = `${DOCS.operators}#Conditions_Numeric`
const key = 's3:max-keys'

const tables: Record<string, ConditionRow[]> = {
  NumericEquals: [
    ...sharedRows({
      operator: 'NumericEquals',
      key,
      values: ['10', '2.5'],
      hit: '10.0',
      hit2: '2.50',
      miss: '11',
    }),
    {
      name: 'integers and decimals compare as numbers',
      operator: 'NumericEquals',
      key,
      values: ['10'],
      context: { [key]: '010.000' },
      expected: true,
      source: N,
    },
    {
      name: 'large integers compare exactly',
      operator: 'NumericEquals',
      key,
      values: ['12345678901234567890'],
      context: { [key]: '12345678901234567891' },
      expected: false,
      source: N,
    },
    {
      name: 'zero has no sign',
      operator: 'NumericEquals',
      key,
      values: ['0'],
      context: { [key]: '-0.0' },
      expected: true,
      source: N,
    },
    {
      name: 'a request value that is not a number does not match',
      operator: 'NumericEquals',
      key,
      values: ['10'],
      context: { [key]: 'ten' },
      expected: false,
      detail: '`s3:max-keys` is `ten`, which is not a number, so `NumericEquals` is false',
      source: N,
    },
    {
      name: 'a policy value that is not a number cannot be evaluated',
      operator: 'NumericEquals',
      key,
      values: ['10', 'ten'],
      context: { [key]: '10' },
      expected: 'notEvaluated',
      detail: '`ten` is not a number, so this condition cannot be evaluated',
      source: N,
    },
    {
      name: 'policy variables are literal text here',
      operator: 'NumericEquals',
      key,
      values: ['${aws:PrincipalTag/limit}'],
      context: { [key]: '5', 'aws:PrincipalTag/limit': '5' },
      expected: 'notEvaluated',
      source: `${DOCS.variables}#policy-vars-conditionelement`,
    },
    {
      name: 'exponents are not plain decimal notation (our reading)',
      operator: 'NumericEquals',
      key,
      values: ['1e1'],
      context: { [key]: '10' },
      expected: 'notEvaluated',
      source: N,
    },
  ],
  NumericNotEquals: [
    ...sharedRows({
      operator: 'NumericNotEquals',
      key,
      values: ['10', '2.5'],
      hit: '10.0',
      hit2: '2.50',
      miss: '11',
    }),
    {
      name: 'a request value that is not a number matches no value, so the negation holds (our reading)',
      operator: 'NumericNotEquals',
      key,
      values: ['10'],
      context: { [key]: 'ten' },
      expected: true,
      source: N,
    },
  ],
  NumericLessThan: [
    ...sharedRows({
      operator: 'NumericLessThan',
      key,
      values: ['-5', '3'],
      hit: '-6',
      hit2: '0',
      miss: '3',
    }),
    {
      name: '`9.99` is less than `10`',
      operator: 'NumericLessThan',
      key,
      values: ['10'],
      context: { [key]: '9.99' },
      expected: true,
      detail: '`s3:max-keys` is `9.99`, less than `10`',
      source: N,
    },
  ],
  NumericLessThanEquals: [
    ...sharedRows({
      operator: 'NumericLessThanEquals',
      key,
      values: ['-5', '3'],
      hit: '-5',
      hit2: '3',
      miss: '3.01',
    }),
    {
      name: 'the docs example: up to 10 objects',
      operator: 'NumericLessThanEquals',
      key,
      values: ['10'],
      context: { [key]: '20' },
      expected: false,
      detail: '`s3:max-keys` is `20`, not at most `10`',
      source: N,
    },
  ],
  NumericGreaterThan: [
    ...sharedRows({
      operator: 'NumericGreaterThan',
      key,
      values: ['100', '-1'],
      hit: '100.5',
      hit2: '0',
      miss: '-1',
    }),
  ],
  NumericGreaterThanEquals: [
    ...sharedRows({
      operator: 'NumericGreaterThanEquals',
      key,
      values: ['100', '-1'],
      hit: '100',
      hit2: '-0.5',
      miss: '-1.5',
    }),
    {
      name: 'MFA age of 3600 seconds is at least 3600',
      operator: 'NumericGreaterThanEquals',
      key: 'aws:MultiFactorAuthAge',
      values: ['3600'],
      context: { 'aws:MultiFactorAuthAge': '3600' },
      expected: true,
      source: N,
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
