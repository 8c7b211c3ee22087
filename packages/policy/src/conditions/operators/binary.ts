/**
 * `BinaryEquals`: the request's bytes against the base64-encoded bytes in the policy, byte for
 * byte. The request value is base64 text too (the request context holds strings). No policy
 * variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
import { decodeBase64 } from '../values/base64.ts'
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

const comparer: Comparer<string, string> = {
  readPolicy: (pieces) => {
    const text = joinPieces(pieces)
    const bytes = decodeBase64(text)
    return bytes === undefined
      ? { ok: false, reason: `\`${text}\` is not base64-encoded data` }
      : { ok: true, value: bytes }
  },
  readRequest: decodeBase64,
  test: (request, policy) => request === policy,
}

/** `BinaryEquals`. */
export const binaryOperators: readonly ConditionOperator[] = [
  {
    name: 'BinaryEquals',
    family: 'Binary',
    negated: false,
    variables: false,
    relation: 'equal (byte for byte) to',
    requestKind: 'base64-encoded data',
    comparer,
    source: `${OPERATORS_PAGE}#Conditions_BinaryEquals`,
  },
]
