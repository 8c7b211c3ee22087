/**
 * The shape of one condition operator in the registry (style.md, rule 4): how it reads its
 * policy values, how it reads a request value, how it compares the two, whether it is negated,
 * whether policy variables work in it, and the words it explains itself with.
 */
import type { ConditionOperatorName } from '../ast.ts'
import type { ResolvedPiece } from '../variables/resolve.ts'

/** The operator families of the IAM docs' condition operator page. */
export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Boolean' | 'Binary' | 'IpAddress' | 'Arn' | 'Null'

/** A policy value read for its operator, or the reason it cannot be (in plain words). */
export type PolicyValueRead<P> =
  { readonly ok: true; readonly value: P } | { readonly ok: false; readonly reason: string }

/**
 * How an operator family compares: `P` is a policy value once read, `R` a request value once
 * read. The comparison is always the positive one (`StringEquals` for `StringNotEquals` too);
 * the operator's `negated` flag turns it around. Methods, not function properties, so a
 * comparer of any `P`/`R` fits the registry's `Comparer<unknown, unknown>`.
 */
export interface Comparer<P, R> {
  /** Reads one policy value, after its variables are resolved (pieces keep literal text apart). */
  readPolicy(pieces: readonly ResolvedPiece[]): PolicyValueRead<P>
  /** Reads one request value, or `undefined` when it is not of the operator's type. */
  readRequest(value: string): R | undefined
  /** Whether the request value satisfies the positive operator for this one policy value. */
  test(request: R, policy: P): boolean
}

/** One condition operator (its `IfExists` suffix and set prefix are the clause's business). */
export interface ConditionOperator {
  readonly name: ConditionOperatorName
  readonly family: OperatorFamily
  /** `StringNotEquals`, `NotIpAddress`, …: true when the key matches none of the values. */
  readonly negated: boolean
  /** Whether `${…}` in its values is a policy variable; otherwise the text is literal. */
  readonly variables: boolean
  /** The positive relation, for explanations: "equal to", "before", "in". */
  readonly relation: string
  /** What a request value must be, for explanations: "a number", "an IP address". */
  readonly requestKind: string
  readonly comparer: Comparer<unknown, unknown>
  /** The AWS documentation for the operator. */
  readonly source: string
}

/** The IAM User Guide page on condition operators, with an anchor per family. */
export const OPERATORS_PAGE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'
