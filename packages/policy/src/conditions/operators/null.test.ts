import { describe, expect, it } from 'vitest'
import { DOCS, run, type ConditionRow } from '../../../test/support/conditions.ts'

const NULL = `${DOCS.operators}#Conditions_Null`
const key = 'aws:TokenIssueTime'
const row = (
  name: string,
  values: string[],
  context: ConditionRow['context'],
  expected: ConditionRow['expected'],
  detail?: string,
  source: string = NULL,
  operator = 'Null',
): ConditionRow => ({
  name,
  operator,
  key,
  values,
  context,
  expected,
  source,
  ...(detail === undefined ? {} : { detail }),
})

const rows: ConditionRow[] = [
  row(
    '`true`: the key is missing (long-term credentials)',
    ['true'],
    {},
    true,
    '`aws:TokenIssueTime` is missing from the request, as `Null` `true` requires',
  ),
  row(
    '`true`: the key is present (temporary credentials)',
    ['true'],
    { [key]: '2026-01-01T09:00:00Z' },
    false,
    '`aws:TokenIssueTime` is `2026-01-01T09:00:00Z`, and `Null` `true` requires it missing',
  ),
  row(
    '`false`: the key is present',
    ['false'],
    { [key]: '2026-01-01T09:00:00Z' },
    true,
    '`aws:TokenIssueTime` is `2026-01-01T09:00:00Z`, as `Null` `false` requires',
  ),
  row(
    '`false`: the key is missing',
    ['false'],
    {},
    false,
    '`aws:TokenIssueTime` is missing from the request, and `Null` `false` requires it present',
  ),
  row(
    'an empty value counts as null (our reading of iam-facts §4)',
    ['true'],
    { [key]: '' },
    true,
    undefined,
    DOCS.setExamples,
  ),
  row('an empty list counts as null', ['false'], { [key]: [] }, false, undefined, DOCS.setExamples),
  row('a list with values is present', ['false'], { [key]: ['a', 'b'] }, true),
  row(
    '`true` and `false` together always hold (OR)',
    ['true', 'false'],
    {},
    true,
    undefined,
    DOCS.logic,
  ),
  row('`True` is `true` (our reading: case-insensitive)', ['True'], {}, true),
  row('a value that is neither true nor false cannot be evaluated', ['maybe'], {}, 'notEvaluated'),
  row(
    'policy variables are literal text here',
    ['${aws:PrincipalTag/flag}'],
    { 'aws:PrincipalTag/flag': 'true' },
    'notEvaluated',
    undefined,
    `${DOCS.variables}#policy-vars-conditionelement`,
  ),
  row(
    'NullIfExists is not an operator',
    ['true'],
    {},
    'notEvaluated',
    '`NullIfExists` is not an operator: AWS allows `IfExists` on every condition operator except `Null`, so this condition cannot be evaluated',
    `${NULL.replace('#Conditions_Null', '#Conditions_IfExists')}`,
    'NullIfExists',
  ),
  row(
    'Null takes no set operator (our reading)',
    ['true'],
    {},
    'notEvaluated',
    undefined,
    NULL,
    'ForAnyValue:Null',
  ),
  row(
    'key names compare case-insensitively',
    ['false'],
    { 'AWS:TOKENISSUETIME': 'x' },
    true,
    undefined,
    DOCS.condition,
  ),
]

describe('Null (table)', () => {
  it.each(rows)('$name', (row) => {
    const { explained, compiled } = run(row)
    expect(explained.result).toBe(row.expected)
    expect(compiled).toBe(row.expected)
    if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
    expect(row.source).toMatch(/^https:\/\//)
  })
})
