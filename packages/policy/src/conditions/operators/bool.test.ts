import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const B = `${DOCS.operators}#Conditions_Boolean`
const key = 'aws:SecureTransport'

const rows: ConditionRow[] = [
  ...sharedRows({
    operator: 'Bool',
    key,
    values: ['true', 'false'],
    hit: 'TRUE',
    hit2: 'false',
    miss: 'yes',
  }),
  {
    name: 'the docs example: a request not over TLS',
    operator: 'Bool',
    key,
    values: ['false'],
    context: { [key]: 'false' },
    expected: true,
    source: B,
  },
  {
    name: 'a request over TLS does not match `false`',
    operator: 'Bool',
    key,
    values: ['false'],
    context: { [key]: 'true' },
    expected: false,
    detail: '`aws:SecureTransport` is `true`, not equal to `false`',
    source: B,
  },
  {
    name: 'a missing MFA key is explained',
    operator: 'Bool',
    key: 'aws:MultiFactorAuthPresent',
    values: ['true'],
    context: {},
    expected: false,
    detail: '`aws:MultiFactorAuthPresent` is missing from the request, and `Bool` needs it present',
    source: B,
  },
  {
    name: 'BoolIfExists is true for long-term keys (no MFA key)',
    operator: 'BoolIfExists',
    key: 'aws:MultiFactorAuthPresent',
    values: ['false'],
    context: {},
    expected: true,
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent',
  },
  {
    name: '`True` is `true` (our reading: case-insensitive)',
    operator: 'Bool',
    key,
    values: ['True'],
    context: { [key]: 'true' },
    expected: true,
    source: B,
  },
  {
    name: 'a policy value that is neither true nor false cannot be evaluated',
    operator: 'Bool',
    key,
    values: ['yes'],
    context: { [key]: 'true' },
    expected: 'notEvaluated',
    detail: '`yes` is neither `true` nor `false`, so this condition cannot be evaluated',
    source: B,
  },
  {
    name: 'policy variables work (the operators page; the variables page disagrees)',
    operator: 'Bool',
    key,
    values: ['${aws:PrincipalTag/tls}'],
    context: { [key]: 'true', 'aws:PrincipalTag/tls': 'true' },
    expected: true,
    source: B,
  },
  {
    name: 'a variable resolving to neither true nor false cannot be evaluated',
    operator: 'Bool',
    key,
    values: ['${aws:PrincipalTag/tls}'],
    context: { [key]: 'true', 'aws:PrincipalTag/tls': 'on' },
    expected: 'notEvaluated',
    source: B,
  },
]

describe('Bool (table)', () => {
  it.each(rows)('$name', (row) => {
    const { explained, compiled } = run(row)
    expect(explained.result).toBe(row.expected)
    expect(compiled).toBe(row.expected)
    if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
    expect(row.source).toMatch(/^https:\/\//)
  })
})
