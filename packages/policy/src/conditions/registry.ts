/**
 * The registry of condition operators: one record per operator name of iam-facts §4
 * (style.md, rule 4). The evaluators read everything operator-specific from here.
 */
import type { ConditionOperatorName } from '../ast.ts'
import type { ConditionOperator } from './operator.ts'
import { arnOperators } from './operators/arn.ts'
import { binaryOperators } from './operators/binary.ts'
import { boolOperators } from './operators/bool.ts'
import { dateOperators } from './operators/date.ts'
import { ipOperators } from './operators/ip.ts'
import { nullOperators } from './operators/null.ts'
import { numericOperators } from './operators/numeric.ts'
import { stringOperators } from './operators/string.ts'

const all = [
  ...stringOperators,
  ...numericOperators,
  ...dateOperators,
  ...boolOperators,
  ...binaryOperators,
  ...ipOperators,
  ...arnOperators,
  ...nullOperators,
]

/** Every condition operator AWS knows, by name (without `IfExists` or a set prefix). */
export const conditionOperators: Readonly<Record<ConditionOperatorName, ConditionOperator>> =
  Object.fromEntries(all.map((operator) => [operator.name, operator])) as Record<
    ConditionOperatorName,
    ConditionOperator
  >
