import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const BIN = `${DOCS.operators}#Conditions_BinaryEquals`
const key = 'kms:RecipientAttestation:ImageSha384'

const rows: ConditionRow[] = [
  ...sharedRows({
    operator: 'BinaryEquals',
    key,
    values: ['QmluYXJ5VmFsdWVJbkJhc2U2NA==', 'AAE='],
    hit: 'QmluYXJ5VmFsdWVJbkJhc2U2NA',
    hit2: 'AAE=',
    miss: 'AAI=',
  }),
  {
    name: 'the docs example value decodes and compares byte for byte',
    operator: 'BinaryEquals',
    key,
    values: ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='],
    context: { [key]: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' },
    expected: true,
    detail:
      '`kms:RecipientAttestation:ImageSha384` is `QmluYXJ5VmFsdWVJbkJhc2U2NA==`, equal (byte for byte) to `QmluYXJ5VmFsdWVJbkJhc2U2NA==`',
    source: BIN,
  },
  {
    name: 'one byte differs',
    operator: 'BinaryEquals',
    key,
    values: ['AAECAw=='],
    context: { [key]: 'AAECBA==' },
    expected: false,
    source: BIN,
  },
  {
    name: 'a policy value that is not base64 cannot be evaluated',
    operator: 'BinaryEquals',
    key,
    values: ['not base64!'],
    context: { [key]: 'AAE=' },
    expected: 'notEvaluated',
    source: DOCS.base64,
  },
  {
    name: 'wrong padding is not base64',
    operator: 'BinaryEquals',
    key,
    values: ['AAE'],
    context: { [key]: 'AAE==' },
    expected: false,
    source: DOCS.base64,
  },
  {
    name: 'a request value that is not base64 does not match',
    operator: 'BinaryEquals',
    key,
    values: ['AAE='],
    context: { [key]: '%%%' },
    expected: false,
    source: BIN,
  },
  {
    name: 'policy variables are literal text here',
    operator: 'BinaryEquals',
    key,
    values: ['${aws:PrincipalTag/bytes}'],
    context: { [key]: 'AAE=', 'aws:PrincipalTag/bytes': 'AAE=' },
    expected: 'notEvaluated',
    source: BIN,
  },
]

describe('BinaryEquals (table)', () => {
  it.each(rows)('$name', (row) => {
    const { explained, compiled } = run(row)
    expect(explained.result).toBe(row.expected)
    expect(compiled).toBe(row.expected)
    if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
    expect(row.source).toMatch(/^https:\/\//)
  })
})
