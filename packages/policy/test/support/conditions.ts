/**
 * Test support for the condition tables (not part of the public API): builds clauses as the
 * parser does, runs a row through both evaluators, and generates the rows every operator shares
 * (match, mismatch, missing key, `IfExists`, both set prefixes with missing, empty and
 * several values, OR / NOR over several policy values).
 */
import type { ConditionClause, ConditionOperatorName, SetOperator } from '../../src/ast.ts'
import { createRequestContext, type ContextRecord, type ContextValue } from '../../src/request.ts'
import { compileCondition } from '../../src/conditions/compile.ts'
import { evaluateCondition } from '../../src/conditions/evaluate.ts'
import { conditionOperators } from '../../src/conditions/registry.ts'
import type { ConditionOutcome, ConditionResult } from '../../src/conditions/result.ts'

/** AWS documentation pages the tables cite. */
export const DOCS = {
  operators:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
  condition:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html',
  logic:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html',
  sets: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
  setExamples:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html',
  setsEmptyString:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html',
  variables: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
  w3cDates: 'https://www.w3.org/TR/NOTE-datetime',
  ipv4Mapped: 'https://www.rfc-editor.org/rfc/rfc4291#section-2.5.5.2',
  ipv6Text: 'https://www.rfc-editor.org/rfc/rfc4291#section-2.2',
  base64: 'https://www.rfc-editor.org/rfc/rfc4648#section-4',
} as const

/** One table row: a clause, a request, the expected outcome and the page that says so. */
export interface ConditionRow {
  readonly name: string
  /** The operator as written: `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string
  readonly key: string
  readonly values: readonly string[]
  readonly context: ContextRecord
  /** `false` for Version 2008-10-17 or no Version. Default `true`. */
  readonly variables?: boolean
  readonly expected: ConditionOutcome
  /** When given, the explanation must equal it. */
  readonly detail?: string
  readonly source: string
}

/** A clause as the parser builds it from the operator as written. */
export function clause(operator: string, key: string, values: readonly string[]): ConditionClause {
  let rest = operator
  let set: SetOperator | undefined
  for (const prefix of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix
      rest = rest.slice(prefix.length + 1)
    }
  }
  const ifExists = rest.endsWith('IfExists')
  if (ifExists) rest = rest.slice(0, -'IfExists'.length)
  const base = Object.hasOwn(conditionOperators, rest) ? (rest as ConditionOperatorName) : undefined
  return {
    operator,
    base,
    set,
    ifExists,
    key,
    values,
    path: ['Statement', 0, 'Condition', operator, key],
  }
}

/** Runs a row through the explained and the compiled evaluator. */
export function run(row: ConditionRow): { explained: ConditionResult; compiled: ConditionOutcome } {
  const c = clause(row.operator, row.key, row.values)
  const context = createRequestContext(row.context)
  const options = { variables: row.variables ?? true }
  return {
    explained: evaluateCondition(c, context, options),
    compiled: compileCondition(c, options)(context),
  }
}

/** What the shared rows need to know about one operator. */
export interface OperatorSample {
  readonly operator: ConditionOperatorName
  readonly key: string
  /** Two policy values. */
  readonly values: readonly [string, string]
  /** A request value matching the first policy value only (in the positive sense). */
  readonly hit: string
  /** A request value matching the second policy value only. */
  readonly hit2: string
  /** A request value matching neither. */
  readonly miss: string
}

interface SharedCase {
  readonly name: string
  readonly prefix?: SetOperator
  readonly ifExists?: boolean
  readonly request: (s: OperatorSample) => ContextValue | undefined
  /** The outcome for a positive operator, then for a negated one. */
  readonly positive: boolean
  readonly negated: boolean
  readonly source: string
}

const SHARED: readonly SharedCase[] = [
  {
    name: 'the value matches the first policy value',
    request: (s) => s.hit,
    positive: true,
    negated: false,
    source: DOCS.logic,
  },
  {
    name: 'the value matches the second policy value (OR; NOR when negated)',
    request: (s) => s.hit2,
    positive: true,
    negated: false,
    source: DOCS.logic,
  },
  {
    name: 'the value matches no policy value',
    request: (s) => s.miss,
    positive: false,
    negated: true,
    source: DOCS.logic,
  },
  {
    name: 'the key is missing',
    request: () => undefined,
    positive: false,
    negated: true,
    source: DOCS.operators,
  },
  {
    name: 'IfExists: the key is missing',
    ifExists: true,
    request: () => undefined,
    positive: true,
    negated: true,
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
  {
    name: 'IfExists: the key is present and matches',
    ifExists: true,
    request: (s) => s.hit,
    positive: true,
    negated: false,
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
  {
    name: 'IfExists: the key is present and does not match',
    ifExists: true,
    request: (s) => s.miss,
    positive: false,
    negated: true,
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
  {
    name: 'ForAllValues: the key is missing',
    prefix: 'ForAllValues',
    request: () => undefined,
    positive: true,
    negated: true,
    source: DOCS.sets,
  },
  {
    name: 'ForAllValues: the key is an empty list',
    prefix: 'ForAllValues',
    request: () => [],
    positive: true,
    negated: true,
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAllValues: every value matches',
    prefix: 'ForAllValues',
    request: (s) => [s.hit, s.hit2],
    positive: true,
    negated: false,
    source: DOCS.sets,
  },
  {
    name: 'ForAllValues: one value matches, one does not',
    prefix: 'ForAllValues',
    request: (s) => [s.hit, s.miss],
    positive: false,
    negated: false,
    source: DOCS.setExamples,
  },
  {
    name: 'ForAllValues: no value matches',
    prefix: 'ForAllValues',
    request: (s) => [s.miss, s.miss],
    positive: false,
    negated: true,
    source: DOCS.setExamples,
  },
  {
    name: 'ForAllValues: a single value is a one-element set',
    prefix: 'ForAllValues',
    request: (s) => s.hit,
    positive: true,
    negated: false,
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: the key is missing',
    prefix: 'ForAnyValue',
    request: () => undefined,
    positive: false,
    negated: false,
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: the key is an empty list',
    prefix: 'ForAnyValue',
    request: () => [],
    positive: false,
    negated: false,
    source: DOCS.setsEmptyString,
  },
  {
    name: 'ForAnyValue: one value matches, one does not',
    prefix: 'ForAnyValue',
    request: (s) => [s.miss, s.hit],
    positive: true,
    negated: true,
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: every value matches',
    prefix: 'ForAnyValue',
    request: (s) => [s.hit, s.hit2],
    positive: true,
    negated: false,
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: no value matches',
    prefix: 'ForAnyValue',
    request: (s) => [s.miss],
    positive: false,
    negated: true,
    source: DOCS.sets,
  },
  {
    name: 'ForAnyValue: the IfExists suffix wins over a missing key',
    prefix: 'ForAnyValue',
    ifExists: true,
    request: () => undefined,
    positive: true,
    negated: true,
    source: `${DOCS.operators}#Conditions_IfExists`,
  },
]

/** The rows every operator but `Null` shares, with outcomes for its polarity. */
export function sharedRows(sample: OperatorSample): ConditionRow[] {
  const negated = conditionOperators[sample.operator].negated
  return SHARED.map((c) => {
    const operator = `${c.prefix === undefined ? '' : `${c.prefix}:`}${sample.operator}${c.ifExists === true ? 'IfExists' : ''}`
    const value = c.request(sample)
    return {
      name: `${operator}: ${c.name}`,
      operator,
      key: sample.key,
      values: sample.values,
      context: value === undefined ? {} : { [sample.key]: value },
      expected: negated ? c.negated : c.positive,
      source: c.source,
    }
  })
}
