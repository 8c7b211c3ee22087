/**
 * ARN operators. `ArnEquals` and `ArnLike` "behave identically", as do `ArnNotEquals` and
 * `ArnNotLike`: case-sensitive; "each of the six colon-delimited components of the ARN is
 * checked separately and each can include multi-character match wildcards (*) or
 * single-character match wildcards (?)". Policy variables work.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 *
 * Both sides split on their first five colons; the sixth component keeps any further colons,
 * so a `*` there spans them. A variable's value splits too (`${aws:PrincipalArn}` is a whole
 * ARN). Our readings: a request value with fewer than six components is not an ARN and matches
 * nothing; a policy value with fewer than six components (`*`, `arn:aws:s3:*`) cannot be
 * evaluated, since there is no sixth component to compare (AWS does not say what it does).
 */
import { ARN_COMPONENTS, splitArn } from '../../match/arn.ts'
import type { WildcardMatcher } from '../../match/wildcard.ts'
import type { ResolvedPiece } from '../../variables/resolve.ts'
import { compileLike, joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

/** Splits resolved pieces on their first five colons, keeping each piece's literal flag. */
export function splitArnPieces(pieces: readonly ResolvedPiece[]): ResolvedPiece[][] {
  const components: ResolvedPiece[][] = [[]]
  for (const { text, literal } of pieces) {
    let rest = text
    for (;;) {
      const current = components[components.length - 1] as ResolvedPiece[]
      const colon = components.length < ARN_COMPONENTS ? rest.indexOf(':') : -1
      if (colon < 0) {
        current.push({ text: rest, literal })
        break
      }
      current.push({ text: rest.slice(0, colon), literal })
      components.push([])
      rest = rest.slice(colon + 1)
    }
  }
  return components
}

const comparer: Comparer<readonly WildcardMatcher[], readonly string[]> = {
  readPolicy: (pieces) => {
    const components = splitArnPieces(pieces)
    if (components.length < ARN_COMPONENTS) {
      return {
        ok: false,
        reason: `\`${joinPieces(pieces)}\` is not an ARN: ARN operators compare the six colon-separated parts of an ARN one by one`,
      }
    }
    return { ok: true, value: components.map(compileLike) }
  },
  readRequest: (value) => {
    const components = splitArn(value)
    return components.length === ARN_COMPONENTS ? components : undefined
  },
  test: (request, policy) => {
    for (let i = 0; i < policy.length; i += 1) {
      if (!(policy[i] as WildcardMatcher)(request[i] as string)) return false
    }
    return true
  },
}

const arn = (name: ConditionOperator['name'], negated: boolean): ConditionOperator => ({
  name,
  family: 'Arn',
  negated,
  variables: true,
  relation: 'like',
  requestKind: 'an ARN',
  comparer,
  source: `${OPERATORS_PAGE}#Conditions_ARN`,
})

/** `ArnEquals`, `ArnLike`, `ArnNotEquals`, `ArnNotLike`. */
export const arnOperators: readonly ConditionOperator[] = [
  arn('ArnEquals', false),
  arn('ArnLike', false),
  arn('ArnNotEquals', true),
  arn('ArnNotLike', true),
]
