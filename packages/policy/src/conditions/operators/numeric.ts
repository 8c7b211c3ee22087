/**
 * Numeric operators: an integer or decimal value, compared exactly (values/decimal.ts). Policy
 * variables do not work: `${…}` is literal text, which is not a number.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 *
 * A request value that is not a number matches no policy value (so the negated
 * `NumericNotEquals` is true for it: our reading, keeping every negated operator the exact
 * opposite of its positive form).
 */
import { compareDecimal, parseDecimal, type Decimal } from '../values/decimal.ts'
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

const numeric = (
  name: ConditionOperator['name'],
  negated: boolean,
  relation: string,
  holds: (order: -1 | 0 | 1) => boolean,
): ConditionOperator => {
  const comparer: Comparer<Decimal, Decimal> = {
    readPolicy: (pieces) => {
      const text = joinPieces(pieces)
      const value = parseDecimal(text)
      return value === undefined
        ? { ok: false, reason: `\`${text}\` is not a number` }
        : { ok: true, value }
    },
    readRequest: parseDecimal,
    test: (request, policy) => holds(compareDecimal(request, policy)),
  }
  return {
    name,
    family: 'Numeric',
    negated,
    variables: false,
    relation,
    requestKind: 'a number',
    comparer,
    source: `${OPERATORS_PAGE}#Conditions_Numeric`,
  }
}

/** The six numeric operators. */
export const numericOperators: readonly ConditionOperator[] = [
  numeric('NumericEquals', false, 'equal to', (order) => order === 0),
  numeric('NumericNotEquals', true, 'equal to', (order) => order === 0),
  numeric('NumericLessThan', false, 'less than', (order) => order < 0),
  numeric('NumericLessThanEquals', false, 'at most', (order) => order <= 0),
  numeric('NumericGreaterThan', false, 'greater than', (order) => order > 0),
  numeric('NumericGreaterThanEquals', false, 'at least', (order) => order >= 0),
]
