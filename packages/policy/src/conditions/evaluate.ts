/**
 * Evaluating one condition clause with its explanation. Written for clarity, not speed: every
 * request value is compared with every policy value, and the outcome is read off that table
 * (style.md, rule 10: this is the reference the compiled form is checked against). The rules
 * and their sources are in compile.ts.
 */
import type { ConditionClause } from '../ast.ts'
import type { RequestContext } from '../request.ts'
import {
  explainBroken,
  explainEmpty,
  explainList,
  explainMissing,
  explainNull,
  explainSet,
  explainSingle,
  type Row,
  type Wording,
} from './explain.ts'
import type { ConditionOperator } from './operator.ts'
import { isNullValue } from './operators/null.ts'
import { prepareClause, type SlotValue } from './prepare.ts'
import type { ConditionOptions, ConditionOutcome, ConditionResult } from './result.ts'

/** Evaluates `clause` against the request `context`, and says why in one sentence. */
export function evaluateCondition(
  clause: ConditionClause,
  context: RequestContext,
  options: ConditionOptions,
): ConditionResult {
  const raw = context.get(clause.key.toLowerCase())
  const answer = (
    result: ConditionOutcome,
    policyValues: readonly string[],
    detail: string,
  ): ConditionResult => ({
    result,
    key: clause.key,
    operator: clause.operator,
    requestValue: raw ?? null,
    policyValues,
    detail,
  })
  const prepared = prepareClause(clause, options.variables)
  if (prepared.status === 'broken') {
    return answer('notEvaluated', clause.values, explainBroken(prepared.reason))
  }
  const { operator } = prepared
  const resolved = prepared.slots.map((slot) => slot.resolve(context))
  const shown = resolved.map((value) => value.display)
  const w = wording(clause, operator, resolved)

  if (operator.family === 'Null') {
    const isNull = isNullValue(raw)
    const result = resolved.some((value) => value.status === 'value' && value.value === isNull)
    return answer(result, shown, explainNull(w, raw, isNull, result))
  }
  if (raw === undefined) {
    const result =
      clause.ifExists || clause.set === 'ForAllValues'
        ? true
        : clause.set === 'ForAnyValue'
          ? false
          : operator.negated
    return answer(result, shown, explainMissing(w, clause.set, clause.ifExists))
  }
  const invalid = resolved.find((value) => value.status === 'invalid')
  if (invalid?.status === 'invalid') {
    return answer('notEvaluated', shown, explainBroken(invalid.reason))
  }

  const compare = (value: string): Row => compareOne(operator, resolved, value)
  const verdict = (row: Row): boolean => row.matched.length > 0 !== operator.negated
  if (clause.set === undefined) {
    if (typeof raw !== 'string') return answer('notEvaluated', shown, explainList(w, raw))
    const row = compare(raw)
    const result = verdict(row)
    return answer(result, shown, explainSingle(w, row, result))
  }
  const values = typeof raw === 'string' ? (raw === '' ? [] : [raw]) : raw
  if (values.length === 0) {
    return answer(clause.set === 'ForAllValues', shown, explainEmpty(w, clause.set, raw))
  }
  const rows = values.map(compare)
  const result = clause.set === 'ForAllValues' ? rows.every(verdict) : rows.some(verdict)
  return answer(result, shown, explainSet(w, clause.set, rows, result))
}

/** One request value against every readable policy value, in the positive sense. */
function compareOne(
  operator: ConditionOperator,
  resolved: readonly SlotValue[],
  value: string,
): Row {
  const request = operator.comparer.readRequest(value)
  if (request === undefined) return { value, readable: false, matched: [] }
  const matched: string[] = []
  for (const policy of resolved) {
    if (policy.status === 'value' && operator.comparer.test(request, policy.value)) {
      matched.push(policy.display)
    }
  }
  return { value, readable: true, matched }
}

function wording(
  clause: ConditionClause,
  operator: ConditionOperator,
  resolved: readonly SlotValue[],
): Wording {
  const policy: string[] = []
  const unresolved: { display: string; missing: readonly string[] }[] = []
  for (const value of resolved) {
    if (value.status === 'value') policy.push(value.display)
    else if (value.status === 'unresolved') {
      unresolved.push({ display: value.display, missing: value.missing })
    }
  }
  return {
    key: clause.key,
    operator: clause.operator,
    relation: operator.relation,
    requestKind: operator.requestKind,
    negated: operator.negated,
    policy,
    unresolved,
  }
}
