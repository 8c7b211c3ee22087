/**
 * The compiled form of a condition clause, for the engine's hot path: policy values are read
 * once (prepare.ts); a call looks the key up, resolves policy variables only when the clause
 * has some, and short-circuits. It builds no explanation; `evaluateCondition` does, and the two
 * agree (a property test checks it).
 *
 * The rules, with their sources:
 * - several policy values for a key are OR-ed; for a negated operator they are NOR-ed: the
 *   key must match none of them (reference_policies_condition-logic-multiple-context-keys-or-values);
 * - a missing key makes a positive operator false and a negated one true
 *   (reference_policies_elements_condition_operators, "Important");
 * - `…IfExists` is true when the key is missing (ibid., #Conditions_IfExists);
 * - `ForAllValues:` is true when every request value matches (for a negated operator: matches
 *   none of the policy values), and true when the key is missing or empty; `ForAnyValue:` is
 *   true when some request value does, and false when the key is missing or empty; an empty
 *   string is an empty set (reference_policies_multi-value-conditions, 2023:
 *   "If the key values in the request resolve to an empty data set (for example, an empty
 *   string), a condition operator modified by ForAllValues returns true, and a condition
 *   operator modified by ForAnyValue returns false"). A single value under a set operator is a
 *   one-element set. With a negated operator the prefix applies to the operator as a whole, as
 *   the docs' DenyRestrictedTags table shows for `ForAllValues:StringNotLike`: `ForAllValues:`
 *   needs every request value to match none of the policy values, `ForAnyValue:` needs some
 *   request value to match none of them
 *   (reference_policies_condition_examples-multi-valued-context-keys);
 * - a multivalued request value (a list) under an operator with no set prefix cannot be
 *   evaluated: AWS says "multivalued context keys require a condition set operator"
 *   (reference_policies_condition-single-vs-multi-valued-context-keys) and does not say what
 *   it does without one;
 * - a key with no policy values (`[]`) matches none of them: a positive operator is false for
 *   it, a negated one true (the parser warns, `policy.condition.emptyValues`);
 * - a policy value with a variable the request cannot resolve matches nothing, so
 *   `StringEquals` does not match and `StringNotEquals` does (reference_policies_variables).
 */
import type { ConditionClause } from '../ast.ts'
import type { RequestContext } from '../request.ts'
import { isNullValue } from './operators/null.ts'
import { prepareClause, type PolicySlot } from './prepare.ts'
import type { ConditionOptions, ConditionOutcome } from './result.ts'

/** A compiled condition clause: the outcome for one request, without explanation. */
export type CompiledCondition = (context: RequestContext) => ConditionOutcome

const NOT_EVALUATED: CompiledCondition = () => 'notEvaluated'

/** Compiles one clause. The result is the same as `evaluateCondition(clause, …).result`. */
export function compileCondition(
  clause: ConditionClause,
  options: ConditionOptions,
): CompiledCondition {
  const prepared = prepareClause(clause, options.variables)
  if (prepared.status === 'broken') return NOT_EVALUATED
  const { operator, key, slots } = prepared
  if (operator.family === 'Null') {
    const wantsNull = slots.some((slot) => slot.fixed?.status === 'value' && slot.fixed.value)
    const wantsPresent = slots.some((slot) => slot.fixed?.status === 'value' && !slot.fixed.value)
    return (context) => (isNullValue(context.get(key)) ? wantsNull : wantsPresent)
  }
  const { comparer, negated } = operator
  const set = clause.set
  const whenMissing =
    clause.ifExists || set === 'ForAllValues' ? true : set === 'ForAnyValue' ? false : negated
  const whenEmpty = set === 'ForAllValues'
  const fixed = prepared.dynamic ? undefined : slots.map((slot) => fixedValue(slot))
  const policyValues = (context: RequestContext): unknown[] | undefined =>
    fixed ?? resolveAll(slots, context)
  // Requests repeat their values (the same `aws:CurrentTime` for every statement): read a
  // request value again only when it changes.
  let lastText: string | undefined
  let lastRead: unknown
  const readRequest = (value: string): unknown => {
    if (value !== lastText) {
      lastRead = comparer.readRequest(value)
      lastText = value
    }
    return lastRead
  }
  /** Whether `value` matches one of the policy values (the positive sense). */
  const matchesSome = (value: string, policy: readonly unknown[]): boolean => {
    const request = readRequest(value)
    if (request === undefined) return false
    for (const candidate of policy) if (comparer.test(request, candidate)) return true
    return false
  }
  return (context) => {
    const raw = context.get(key)
    if (raw === undefined) return whenMissing
    const policy = policyValues(context)
    if (policy === undefined) return 'notEvaluated'
    if (typeof raw === 'string') {
      if (set !== undefined && raw === '') return whenEmpty
      return matchesSome(raw, policy) !== negated
    }
    if (set === undefined) return 'notEvaluated'
    if (raw.length === 0) return whenEmpty
    if (set === 'ForAllValues') {
      for (const value of raw) if (matchesSome(value, policy) === negated) return false
      return true
    }
    for (const value of raw) if (matchesSome(value, policy) !== negated) return true
    return false
  }
}

function fixedValue(slot: PolicySlot): unknown {
  if (slot.fixed?.status !== 'value') throw new Error('a prepared fixed policy value is not read')
  return slot.fixed.value
}

/** The policy values for one request; `undefined` when one of them cannot be read. */
function resolveAll(slots: readonly PolicySlot[], context: RequestContext): unknown[] | undefined {
  const values: unknown[] = []
  for (const slot of slots) {
    const resolved = slot.resolve(context)
    if (resolved.status === 'invalid') return undefined
    if (resolved.status === 'value') values.push(resolved.value)
  }
  return values
}
