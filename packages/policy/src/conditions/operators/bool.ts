/**
 * `Bool`: compares a key with `true` or `false`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 *
 * Our readings, where AWS is unclear:
 * - Policy variables work: the condition operators page says "Policy variables – Supported"
 *   for the Boolean operators; the variables page lists `Boolean` among the operators that do
 *   not take them (reference_policies_variables.html#policy-vars-conditionelement). We follow
 *   the operator's own page. A variable rarely matters here.
 * - `true` and `false` compare case-insensitively, on both sides (`True` is `true`); AWS does
 *   not say. A policy value that is neither cannot be evaluated; a request value that is
 *   neither matches nothing.
 */
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

/** Reads `true` / `false` in any case. */
export function readBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase()
  return lower === 'true' ? true : lower === 'false' ? false : undefined
}

const comparer: Comparer<boolean, boolean> = {
  readPolicy: (pieces) => {
    const text = joinPieces(pieces)
    const value = readBoolean(text)
    return value === undefined
      ? { ok: false, reason: `\`${text}\` is neither \`true\` nor \`false\`` }
      : { ok: true, value }
  },
  readRequest: readBoolean,
  test: (request, policy) => request === policy,
}

/** `Bool`. */
export const boolOperators: readonly ConditionOperator[] = [
  {
    name: 'Bool',
    family: 'Boolean',
    negated: false,
    variables: true,
    relation: 'equal to',
    requestKind: '`true` or `false`',
    comparer,
    source: `${OPERATORS_PAGE}#Conditions_Boolean`,
  },
]
