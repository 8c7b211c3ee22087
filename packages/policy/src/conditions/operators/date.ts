/**
 * Date operators: W3C ISO 8601 dates or epoch seconds, compared as instants (values/instant.ts);
 * no wildcards, no policy variables (`${…}` is literal text, which is not a date).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 *
 * A request value that is not a date matches no policy value (so `DateNotEquals` is true for
 * it: our reading, as for the numeric operators).
 */
import { parseInstant } from '../values/instant.ts'
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

const date = (
  name: ConditionOperator['name'],
  negated: boolean,
  relation: string,
  holds: (request: number, policy: number) => boolean,
): ConditionOperator => {
  const comparer: Comparer<number, number> = {
    readPolicy: (pieces) => {
      const text = joinPieces(pieces)
      const value = parseInstant(text)
      return value === undefined
        ? {
            ok: false,
            reason: `\`${text}\` is not a date (a W3C ISO 8601 date such as \`2026-01-01T09:00:00Z\`, or epoch seconds)`,
          }
        : { ok: true, value }
    },
    readRequest: parseInstant,
    test: holds,
  }
  return {
    name,
    family: 'Date',
    negated,
    variables: false,
    relation,
    requestKind: 'a date',
    comparer,
    source: `${OPERATORS_PAGE}#Conditions_Date`,
  }
}

/** The six date operators. */
export const dateOperators: readonly ConditionOperator[] = [
  date('DateEquals', false, 'the same instant as', (r, p) => r === p),
  date('DateNotEquals', true, 'the same instant as', (r, p) => r === p),
  date('DateLessThan', false, 'before', (r, p) => r < p),
  date('DateLessThanEquals', false, 'at or before', (r, p) => r <= p),
  date('DateGreaterThan', false, 'after', (r, p) => r > p),
  date('DateGreaterThanEquals', false, 'at or after', (r, p) => r >= p),
]
