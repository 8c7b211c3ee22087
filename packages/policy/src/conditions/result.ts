/** What evaluating one condition clause returns. */
import type { ContextValue } from '../request.ts'

/**
 * One condition clause evaluated against a request, with its explanation.
 * `'notEvaluated'` when the clause cannot be evaluated (an operator AWS does not know, a policy
 * value its operator cannot read): never a silent `true` or `false`.
 */
export interface ConditionResult {
  readonly result: boolean | 'notEvaluated'
  /** The condition key as the policy writes it. */
  readonly key: string
  /** The operator as the policy writes it (`ForAnyValue:StringLikeIfExists`). */
  readonly operator: string
  /** The request's value for the key; `null` when the request does not have it. */
  readonly requestValue: ContextValue | null
  /** The policy values, policy variables resolved where they could be. */
  readonly policyValues: readonly string[]
  /** One plain sentence for learners, values in backticks. */
  readonly detail: string
}

/** The outcome alone, as the compiled form returns it. */
export type ConditionOutcome = ConditionResult['result']

/** Options for evaluating conditions. */
export interface ConditionOptions {
  /**
   * Whether `${…}` are policy variables: `true` for policies with `Version` `2012-10-17`;
   * `false` for `2008-10-17` or no `Version`, where they are literal text.
   */
  readonly variables: boolean
}
