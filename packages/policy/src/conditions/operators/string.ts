/**
 * String operators: `StringEquals` (case-sensitive), `StringEqualsIgnoreCase`, `StringLike`
 * (case-sensitive, `*` and `?` wildcards anywhere), and their negations. Policy variables work
 * in all of them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 *
 * Ignoring case folds both sides with `toLowerCase()` (our reading; AWS does not say which
 * case folding it uses).
 */
import type { WildcardMatcher } from '../../match/wildcard.ts'
import { compileLike, joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

const source = `${OPERATORS_PAGE}#Conditions_String`

const equals: Comparer<string, string> = {
  readPolicy: (pieces) => ({ ok: true, value: joinPieces(pieces) }),
  readRequest: (value) => value,
  test: (request, policy) => request === policy,
}

const equalsIgnoreCase: Comparer<string, string> = {
  readPolicy: (pieces) => ({ ok: true, value: joinPieces(pieces).toLowerCase() }),
  readRequest: (value) => value.toLowerCase(),
  test: (request, policy) => request === policy,
}

const like: Comparer<WildcardMatcher, string> = {
  readPolicy: (pieces) => ({ ok: true, value: compileLike(pieces) }),
  readRequest: (value) => value,
  test: (request, matcher) => matcher(request),
}

const string = (
  name: ConditionOperator['name'],
  negated: boolean,
  comparer: Comparer<unknown, unknown>,
  relation: string,
): ConditionOperator => ({
  name,
  family: 'String',
  negated,
  variables: true,
  relation,
  requestKind: 'a string',
  comparer,
  source,
})

/** The six string operators. */
export const stringOperators: readonly ConditionOperator[] = [
  string('StringEquals', false, equals, 'equal to'),
  string('StringNotEquals', true, equals, 'equal to'),
  string('StringEqualsIgnoreCase', false, equalsIgnoreCase, 'equal (ignoring case) to'),
  string('StringNotEqualsIgnoreCase', true, equalsIgnoreCase, 'equal (ignoring case) to'),
  string('StringLike', false, like, 'like'),
  string('StringNotLike', true, like, 'like'),
]
