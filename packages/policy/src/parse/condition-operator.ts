/**
 * Reading a condition operator as written (`ForAnyValue:StringLikeIfExists`) into its base
 * operator, its set prefix and its `IfExists` suffix (iam-facts §4). Names are case-sensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { ConditionOperatorName, SetOperator } from '../ast.ts'
import { conditionOperators } from '../conditions/registry.ts'

/** An operator taken apart. `base` is `undefined` when AWS does not know the operator. */
export interface ParsedOperator {
  readonly base: ConditionOperatorName | undefined
  readonly set: SetOperator | undefined
  readonly ifExists: boolean
}

const SET_PREFIXES: readonly SetOperator[] = ['ForAllValues', 'ForAnyValue']
const IF_EXISTS = 'IfExists'

function baseOperator(name: string): ConditionOperatorName | undefined {
  return Object.hasOwn(conditionOperators, name) ? (name as ConditionOperatorName) : undefined
}

/** Takes `operator` apart: `ForAnyValue:StringLikeIfExists` → `StringLike`, `ForAnyValue`, `IfExists`. */
export function parseConditionOperator(operator: string): ParsedOperator {
  let rest = operator
  let set: SetOperator | undefined
  for (const prefix of SET_PREFIXES) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix
      rest = rest.slice(prefix.length + 1)
      break
    }
  }
  const exact = baseOperator(rest)
  if (exact !== undefined) return { base: exact, set, ifExists: false }
  if (rest.endsWith(IF_EXISTS)) {
    const base = baseOperator(rest.slice(0, -IF_EXISTS.length))
    if (base !== undefined) return { base, set, ifExists: true }
  }
  return { base: undefined, set, ifExists: false }
}

/** The edit distance between `a` and `b`, counting case changes; gives up above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      )
    }
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** The known operator closest to an unknown one (`StringEqual` → `StringEquals`), if one is close. */
export function suggestConditionOperator(operator: string): string | undefined {
  const { set } = parseConditionOperator(operator)
  const prefix = set === undefined ? '' : `${set}:`
  let rest = operator.slice(prefix.length)
  if (set === undefined) {
    const loose = SET_PREFIXES.find((p) => rest.toLowerCase().startsWith(`${p.toLowerCase()}:`))
    if (loose !== undefined) return `${loose}:${rest.slice(loose.length + 1)}`
  }
  const suffix = rest.toLowerCase().endsWith(IF_EXISTS.toLowerCase()) ? IF_EXISTS : ''
  rest = rest.slice(0, rest.length - suffix.length)
  if (rest.length > 40) return undefined
  let best: string | undefined
  let bestDistance = 4
  for (const name of Object.keys(conditionOperators)) {
    const d = distance(rest, name, bestDistance)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best === undefined ? undefined : `${prefix}${best}${suffix}`
}
