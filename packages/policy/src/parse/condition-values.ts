/**
 * Whether a condition value can be read by its operator. The condition registry
 * (`conditions/registry.ts`) says how each operator reads its policy values and whether policy
 * variables work in it; the parser asks the same registry, so a value the parser accepts is a
 * value the evaluator can read.
 */
import type { ConditionOperatorName } from '../ast.ts'
import { conditionOperators } from '../conditions/registry.ts'

/** How an operator treats one policy value as written. */
export type ConditionValueReading =
  | { readonly kind: 'readable' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** The value holds a policy variable, which this operator does not resolve. */
  | { readonly kind: 'variableNotResolved' }
  /** The value holds a policy variable: it can only be read once the variable is resolved. */
  | { readonly kind: 'variable' }

/** How `base` reads `value`, with variables active (`Version` 2012-10-17) or not. */
export function readConditionValue(
  base: ConditionOperatorName,
  value: string,
  variablesActive: boolean,
): ConditionValueReading {
  const operator = conditionOperators[base]
  if (variablesActive && value.includes('${'))
    return operator.variables ? { kind: 'variable' } : { kind: 'variableNotResolved' }
  const read = operator.comparer.readPolicy([{ text: value, literal: false }])
  return read.ok ? { kind: 'readable' } : { kind: 'unreadable', reason: read.reason }
}

/** Whether `base` compares ARNs part by part (its values are then never refused, only warned about). */
export function isArnOperator(base: ConditionOperatorName): boolean {
  return conditionOperators[base].family === 'Arn'
}
