/**
 * The sentences `evaluateCondition` explains itself with: one plain sentence for learners, the
 * user's values in backticks (style.md, rule 8), built from the operator's own words in the
 * registry (its relation, "equal to", "before", "in", and what a request value must be).
 */
import type { SetOperator } from '../ast.ts'
import type { ContextValue } from '../request.ts'

/** One request value, compared with every policy value. */
export interface Row {
  readonly value: string
  /** Whether the value is of the operator's type (a number for `NumericEquals`, …). */
  readonly readable: boolean
  /** The policy values it matches in the positive sense, as shown. */
  readonly matched: readonly string[]
}

/** What every sentence about one clause needs. */
export interface Wording {
  readonly key: string
  readonly operator: string
  readonly relation: string
  readonly requestKind: string
  readonly negated: boolean
  /** The policy values that apply, as shown (resolved). */
  readonly policy: readonly string[]
  /** The policy values whose variables the request cannot resolve. */
  readonly unresolved: readonly { readonly display: string; readonly missing: readonly string[] }[]
}

const MAX_LISTED = 5

const code = (text: string): string => `\`${text}\``

/** `` `a`, `b` and 3 more ``. */
export function listValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).map(code).join(', ')
  return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown
}

/** The sentence for a clause that can never be evaluated. */
export function explainBroken(reason: string): string {
  return `${reason}, so this condition cannot be evaluated`
}

/** The sentence for a key the request does not have (any operator but `Null`). */
export function explainMissing(
  w: Wording,
  set: SetOperator | undefined,
  ifExists: boolean,
): string {
  const missing = `${code(w.key)} is missing from the request`
  const op = code(w.operator)
  if (ifExists) return `${missing}, so ${op} is true`
  if (set === 'ForAllValues') return `${missing}, and ${op} is true when the key is missing`
  if (set === 'ForAnyValue') return `${missing}, and ${op} needs at least one value`
  return w.negated ? `${missing}, so ${op} is true` : `${missing}, and ${op} needs it present`
}

/** The sentence for one request value under an operator with no set prefix. */
export function explainSingle(w: Wording, row: Row, result: boolean): string {
  const head = `${code(w.key)} is ${code(row.value)}`
  const op = code(w.operator)
  if (!row.readable) return `${head}, which is not ${w.requestKind}, so ${op} is ${result}`
  const first = row.matched[0]
  if (first !== undefined) {
    return w.negated
      ? `${head}, ${w.relation} ${code(first)}, so ${op} is false`
      : `${head}, ${w.relation} ${code(first)}`
  }
  return `${head}, ${notRelated(w)}${w.negated ? `, as ${op} requires` : ''}${note(w)}`
}

/** The sentence for a list under an operator with no set prefix (not evaluable). */
export function explainList(w: Wording, values: readonly string[]): string {
  const list = values.length === 0 ? 'an empty list' : `a list (${listValues(values)})`
  return explainBroken(
    `${code(w.key)} holds ${list}, and ${code(w.operator)} without \`ForAllValues:\` or \`ForAnyValue:\` compares one value`,
  )
}

/** The sentence for an empty request value under a set operator. */
export function explainEmpty(w: Wording, set: SetOperator, value: ContextValue): string {
  const head =
    typeof value === 'string' ? `${code(w.key)} is empty` : `${code(w.key)} has no values`
  return set === 'ForAllValues'
    ? `${head}, and ${code(w.operator)} is true for an empty set`
    : `${head}, and ${code(w.operator)} needs at least one value`
}

/** The sentence for request values under `ForAllValues:` or `ForAnyValue:`. */
export function explainSet(
  w: Wording,
  set: SetOperator,
  rows: readonly Row[],
  result: boolean,
): string {
  const values = `${code(w.key)} (${listValues(rows.map((row) => row.value))})`
  const op = code(w.operator)
  const matches = (row: Row): boolean => row.matched.length > 0 !== w.negated
  if (set === 'ForAllValues') {
    if (result) {
      return w.negated
        ? `no value of ${values} is ${w.relation} ${target(w)}`
        : `every value of ${values} is ${w.relation} ${oneOf(w)}`
    }
    const row = rows.find((candidate) => !matches(candidate)) as Row
    const head = `${code(w.key)} has the value ${code(row.value)}`
    if (w.negated) {
      return `${head}, ${w.relation} ${code(row.matched[0] ?? '')}, and ${op} needs every value to match none`
    }
    const why = row.readable ? notRelated(w) : `which is not ${w.requestKind}`
    return `${head}, ${why}, and ${op} needs every value to match${note(w)}`
  }
  if (result) {
    const row = rows.find(matches) as Row
    const head = `${code(w.key)} has the value ${code(row.value)}`
    if (!w.negated) return `${head}, ${w.relation} ${code(row.matched[0] ?? '')}`
    const why = row.readable ? notRelated(w) : `which is not ${w.requestKind}`
    return `${head}, ${why}${note(w)}`
  }
  return w.negated
    ? `every value of ${values} is ${w.relation} ${oneOf(w)}, so ${op} is false`
    : `no value of ${values} is ${w.relation} ${target(w)}${note(w)}`
}

/** The sentence for `Null`. */
export function explainNull(
  w: Wording,
  value: ContextValue | undefined,
  isNull: boolean,
  result: boolean,
): string {
  const state =
    value === undefined
      ? 'is missing from the request'
      : value.length === 0
        ? `is empty, which ${code(w.operator)} counts as missing`
        : typeof value === 'string'
          ? `is ${code(value)}`
          : `has the values ${listValues(value)}`
  const head = `${code(w.key)} ${state}`
  const op = code(w.operator)
  if (w.policy.length === 0) return `${head}, and ${op} lists no values, so it is false`
  if (result) return `${head}, as ${op} ${code(isNull ? 'true' : 'false')} requires`
  return isNull
    ? `${head}, and ${op} \`false\` requires it present`
    : `${head}, and ${op} \`true\` requires it missing`
}

function target(w: Wording): string {
  if (w.policy.length === 0) return 'any policy value'
  return w.policy.length === 1 ? code(w.policy[0] ?? '') : `any of ${listValues(w.policy)}`
}

function oneOf(w: Wording): string {
  return w.policy.length === 1 ? code(w.policy[0] ?? '') : `one of ${listValues(w.policy)}`
}

function notRelated(w: Wording): string {
  return w.policy.length === 0 ? 'which matches no policy value' : `not ${w.relation} ${target(w)}`
}

/** Why some policy values matched nothing: their variables are not in the request. */
function note(w: Wording): string {
  if (w.unresolved.length === 0) return ''
  const missing = [...new Set(w.unresolved.flatMap((u) => u.missing))]
  return `; ${listValues(w.unresolved.map((u) => u.display))} ${
    w.unresolved.length === 1 ? 'matches' : 'match'
  } nothing, since the request has no single value for ${listValues(missing)}`
}
