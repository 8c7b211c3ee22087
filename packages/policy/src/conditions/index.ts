/** Condition evaluation: the operator registry, the explained evaluator and the compiled form. */
export { conditionOperators } from './registry.ts'
export type { Comparer, ConditionOperator, OperatorFamily, PolicyValueRead } from './operator.ts'
export { evaluateCondition } from './evaluate.ts'
export { compileCondition } from './compile.ts'
export type { CompiledCondition } from './compile.ts'
export type { ConditionOptions, ConditionOutcome, ConditionResult } from './result.ts'
