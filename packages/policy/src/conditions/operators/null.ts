/**
 * `Null`: whether a key is absent. "`true` (the key doesn't exist — it is null) or `false`
 * (the key exists and its value is not null)". No policy variables, no `IfExists`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 *
 * A key whose value is empty (an empty string, as an empty tag value; an empty list) counts as
 * null: AWS's request context can hold "null (an empty string for user-defined keys such as
 * tags)", and its docs use `Null` `false` to stop "context keys with empty values" from
 * slipping through `ForAllValues` (iam-facts §4;
 * reference_policies_condition_examples-multi-valued-context-keys). `true`/`false` compare
 * case-insensitively, as for `Bool`. The evaluators handle `Null` themselves; its comparer
 * only reads the policy values.
 */
import type { ContextValue } from '../../request.ts'
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'
import { readBoolean } from './bool.ts'

/** Whether a request value counts as null for `Null`: absent or empty. */
export function isNullValue(value: ContextValue | undefined): boolean {
  return value === undefined || value.length === 0
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

/** `Null`. */
export const nullOperators: readonly ConditionOperator[] = [
  {
    name: 'Null',
    family: 'Null',
    negated: false,
    variables: false,
    relation: 'null',
    requestKind: 'present',
    comparer,
    source: `${OPERATORS_PAGE}#Conditions_Null`,
  },
]
