/**
 * Properties of condition evaluation on generated clauses and requests (HATRACK_FC_RUNS runs,
 * 1000 by default): negation, `IfExists`, set operators over empty keys, the compiled form
 * agreeing with the explained one, and nothing throwing on arbitrary input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConditionOperatorName } from '../ast.ts'
import { createRequestContext, type ContextRecord, type ContextValue } from '../request.ts'
import { compileCondition } from './compile.ts'
import { evaluateCondition } from './evaluate.ts'
import type { OperatorFamily } from './operator.ts'
import { conditionOperators } from './registry.ts'
import type { ConditionOutcome } from './result.ts'
import { clause } from '../../test/support/conditions.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)
/** Generous, so many runs on a busy machine do not time out; no test asserts speed. */
const TIMEOUT = 120_000
const KEY = 'test:Key'

const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'A', '*', '?', '$', '{', '}', ':', '/', '.', '-', '0', '1', ' '),
  maxLength: 6,
})

/** Values an operator of each family can read, and some it cannot. */
const valid: Record<OperatorFamily, fc.Arbitrary<string>> = {
  String: fc.oneof(fc.constantFrom('a', 'A', 'b', '*', 'a*', '?', '', 'a:b'), text),
  Numeric: fc.oneof(
    fc.integer({ min: -5, max: 5 }).map(String),
    fc.constantFrom('1.5', '-0', '0.50', '10.', '.5', '007'),
  ),
  Date: fc.oneof(
    fc.constantFrom(
      '2026',
      '2026-01',
      '2026-01-01',
      '2026-01-01T00:00:00Z',
      '2026-01-01T01:00+01:00',
    ),
    fc.integer({ min: 1_767_225_590, max: 1_767_225_610 }).map(String),
  ),
  Boolean: fc.constantFrom('true', 'false', 'TRUE', 'False'),
  Binary: fc.oneof(
    fc.constantFrom('AAE=', 'AAE', 'AAI=', 'QQ==', ''),
    fc.base64String({ maxLength: 8 }),
  ),
  IpAddress: fc.oneof(
    fc.constantFrom(
      '10.0.0.0/8',
      '10.1.2.3',
      '192.0.2.0/24',
      '::/0',
      '2001:db8::/32',
      '2001:db8::1',
      '::ffff:10.0.0.0/104',
    ),
    fc.ipV4(),
  ),
  Arn: fc
    .array(
      fc.constantFrom('arn', 'aws', '*', 's3', 'iam', '', '123', '?23', 'role/*', 'role/a', 'x:y'),
      {
        minLength: 6,
        maxLength: 6,
      },
    )
    .map((parts) => parts.join(':')),
  Null: fc.constantFrom('true', 'false', 'True'),
}
const junk = fc.oneof(
  text,
  fc.constantFrom('x', '1e2', '2026-13-01', '10.0.0.0/33', '!!', 'yes', '*'),
)
const variable = fc.constantFrom(
  '${aws:username}',
  'home/${aws:username}/*',
  "${aws:PrincipalTag/team, 'red'}",
  'a${*}b',
  '${?}',
  '${aws:TagKeys}',
  '${$}{x}',
  'arn:aws:iam::${aws:username}:role/*',
)

const names = Object.keys(conditionOperators) as ConditionOperatorName[]
const notNull = names.filter((name) => name !== 'Null')
const family = (name: ConditionOperatorName): OperatorFamily => conditionOperators[name].family

const requestValue = (f: OperatorFamily): fc.Arbitrary<string> => fc.oneof(valid[f], junk)
const policyValues = (f: OperatorFamily): fc.Arbitrary<string[]> =>
  fc.array(fc.oneof({ weight: 4, arbitrary: valid[f] }, junk, variable), {
    minLength: 1,
    maxLength: 3,
  })
const contextValue = (f: OperatorFamily): fc.Arbitrary<ContextValue | undefined> =>
  fc.oneof(fc.constant(undefined), requestValue(f), fc.array(requestValue(f), { maxLength: 3 }))
const others: fc.Arbitrary<ContextRecord> = fc.record(
  {
    'aws:username': fc.oneof(fc.constantFrom('alice', 'a*', ''), fc.constant(['alice'])),
    'aws:PrincipalTag/team': fc.constantFrom('red', 'blue'),
    'aws:TagKeys': fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
)

const context = (value: ContextValue | undefined, rest: ContextRecord) =>
  createRequestContext(value === undefined ? rest : { ...rest, [KEY.toLowerCase()]: value })

const outcome = (
  operator: string,
  values: readonly string[],
  ctx: ReturnType<typeof context>,
  variables: boolean,
): ConditionOutcome => {
  const c = clause(operator, KEY, values)
  const compiled = compileCondition(c, { variables })(ctx)
  const explained = evaluateCondition(c, ctx, { variables }).result
  expect(explained).toBe(compiled)
  return compiled
}

const NEGATIONS: [ConditionOperatorName, ConditionOperatorName][] = [
  ['StringEquals', 'StringNotEquals'],
  ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'],
  ['StringLike', 'StringNotLike'],
  ['NumericEquals', 'NumericNotEquals'],
  ['DateEquals', 'DateNotEquals'],
  ['IpAddress', 'NotIpAddress'],
  ['ArnLike', 'ArnNotLike'],
  ['ArnEquals', 'ArnNotEquals'],
]

describe('condition properties', () => {
  it(
    'a negated operator is the NOT of its positive form when the key is present and single-valued',
    () => {
      const arb = fc.constantFrom(...NEGATIONS).chain(([positive, negated]) =>
        fc.record({
          positive: fc.constant(positive),
          negated: fc.constant(negated),
          values: policyValues(family(positive)),
          value: requestValue(family(positive)),
          rest: others,
          variables: fc.boolean(),
        }),
      )
      fc.assert(
        fc.property(arb, ({ positive, negated, values, value, rest, variables }) => {
          const ctx = context(value, rest)
          const yes = outcome(positive, values, ctx, variables)
          const no = outcome(negated, values, ctx, variables)
          expect(no).toBe(yes === 'notEvaluated' ? 'notEvaluated' : !yes)
        }),
        { numRuns: runs },
      )
    },
    TIMEOUT,
  )

  it(
    'IfExists changes nothing when the key is present',
    () => {
      const arb = fc.constantFrom(...notNull).chain((name) =>
        fc.record({
          name: fc.constant(name),
          prefix: fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
          values: policyValues(family(name)),
          value: fc.oneof(
            requestValue(family(name)),
            fc.array(requestValue(family(name)), { maxLength: 3 }),
          ),
          rest: others,
          variables: fc.boolean(),
        }),
      )
      fc.assert(
        fc.property(arb, ({ name, prefix, values, value, rest, variables }) => {
          const ctx = context(value, rest)
          expect(outcome(`${prefix}${name}IfExists`, values, ctx, variables)).toBe(
            outcome(`${prefix}${name}`, values, ctx, variables),
          )
        }),
        { numRuns: runs },
      )
    },
    TIMEOUT,
  )

  it(
    'over a missing or empty key, ForAllValues is true and ForAnyValue false',
    () => {
      const arb = fc.constantFrom(...notNull).chain((name) =>
        fc.record({
          name: fc.constant(name),
          values: fc.array(valid[family(name)], { minLength: 1, maxLength: 3 }),
          value: fc.constantFrom<ContextValue | undefined>(undefined, [], ''),
          rest: others,
          variables: fc.boolean(),
        }),
      )
      fc.assert(
        fc.property(arb, ({ name, values, value, rest, variables }) => {
          const ctx = context(value, rest)
          expect(outcome(`ForAllValues:${name}`, values, ctx, variables)).toBe(true)
          expect(outcome(`ForAnyValue:${name}`, values, ctx, variables)).toBe(false)
        }),
        { numRuns: runs },
      )
    },
    TIMEOUT,
  )

  it(
    'the compiled form agrees with the explained form',
    () => {
      const operator = fc.oneof(
        fc
          .tuple(
            fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
            fc.constantFrom(...names),
            fc.boolean(),
          )
          .map(([prefix, name, ifExists]) => `${prefix}${name}${ifExists ? 'IfExists' : ''}`),
        fc.constantFrom('StringEqualz', 'ForAllValues:', 'IfExists', 'stringequals'),
      )
      const arb = fc
        .record({
          operator,
          f: fc.constantFrom(...(Object.keys(valid) as OperatorFamily[])),
          rest: others,
          variables: fc.boolean(),
        })
        .chain(({ operator, f, rest, variables }) =>
          fc.record({
            operator: fc.constant(operator),
            values: fc.oneof(policyValues(f), fc.constant([])),
            value: contextValue(f),
            rest: fc.constant(rest),
            variables: fc.constant(variables),
          }),
        )
      fc.assert(
        fc.property(arb, ({ operator, values, value, rest, variables }) => {
          const ctx = context(value, rest)
          const c = clause(operator, KEY, values)
          const explained = evaluateCondition(c, ctx, { variables })
          expect(compileCondition(c, { variables })(ctx)).toBe(explained.result)
          expect(explained.detail.length).toBeGreaterThan(0)
          expect(explained.policyValues).toHaveLength(values.length)
        }),
        { numRuns: runs },
      )
    },
    TIMEOUT,
  )

  it(
    'nothing throws on arbitrary operators, keys, policy values or request values',
    () => {
      const anyText = fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary' }),
      )
      const arb = fc.record({
        operator: fc.oneof(
          anyText,
          fc.constantFrom(...names).map((n) => `ForAnyValue:${n}IfExists`),
          fc.constantFrom(...names),
        ),
        key: anyText,
        values: fc.array(anyText, { maxLength: 3 }),
        record: fc.dictionary(anyText, fc.oneof(anyText, fc.array(anyText, { maxLength: 3 })), {
          maxKeys: 4,
        }),
        variables: fc.boolean(),
      })
      fc.assert(
        fc.property(arb, ({ operator, key, values, record, variables }) => {
          const ctx = createRequestContext(record)
          const c = clause(operator, key, values)
          const explained = evaluateCondition(c, ctx, { variables })
          expect([true, false, 'notEvaluated']).toContain(explained.result)
          expect(compileCondition(c, { variables })(ctx)).toBe(explained.result)
        }),
        { numRuns: runs },
      )
    },
    TIMEOUT,
  )
})
