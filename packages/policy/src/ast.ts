/**
 * The normalized form of an IAM policy document, shared by the parser, the matchers, the
 * condition evaluator and the engine. Parse, validate, evaluate and explain are separate phases
 * over this one tree (style.md, rule 5).
 *
 * Every element keeps its JSON path, so an explanation can point at the statement, the
 * condition or the value that decided a request.
 */

/** The seven kinds of policy AWS evaluates, each with its own rules (iam-facts §2–3, §7). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'boundary' | 'session'

export type PolicyVersion = '2012-10-17' | '2008-10-17'

export type Effect = 'Allow' | 'Deny'

/** A path into the JSON document: `['Statement', 0, 'Condition', 'StringEquals', 'aws:username']`. */
export type JsonPath = readonly (string | number)[]

export interface Policy {
  readonly kind: PolicyKind
  /** `undefined` when the document has no `Version`: policy variables are then literal text. */
  readonly version: PolicyVersion | undefined
  readonly id: string | undefined
  readonly statements: readonly Statement[]
}

export interface Statement {
  /** Position in the `Statement` array; 0 when `Statement` is a single object. */
  readonly index: number
  /** `['Statement', index]`, or `['Statement']` when `Statement` is a single object. */
  readonly path: JsonPath
  readonly sid: string | undefined
  readonly effect: Effect
  /** `Principal` or `NotPrincipal`; absent in identity, SCP, boundary and session policies. */
  readonly principal: PrincipalElement | undefined
  /** `Action` or `NotAction`. */
  readonly action: ActionElement
  /** `Resource` or `NotResource`; absent in trust policies, where the role itself is the resource. */
  readonly resource: ResourceElement | undefined
  /** One clause per (operator, key) pair, in document order. All must hold (AND). */
  readonly conditions: readonly ConditionClause[]
}

export interface PrincipalElement {
  /** `true` for `NotPrincipal`. */
  readonly negated: boolean
  /** `"Principal": "*"` or `{"AWS": "*"}`: everyone, anonymous callers included. */
  readonly wildcard: boolean
  /** Account ids, account root ARNs, user, role, role-session and federated-user ARNs, unique ids. */
  readonly aws: readonly string[]
  /** Service principals such as `ec2.amazonaws.com`. */
  readonly service: readonly string[]
  /** Identity providers: `cognito-identity.amazonaws.com`, `arn:aws:iam::…:saml-provider/X`, … */
  readonly federated: readonly string[]
  /** S3 canonical user ids. */
  readonly canonicalUser: readonly string[]
  readonly path: JsonPath
}

export interface ActionElement {
  /** `true` for `NotAction`. */
  readonly negated: boolean
  /** `service:action` patterns with `*` and `?`, matched case-insensitively. */
  readonly patterns: readonly string[]
  readonly path: JsonPath
}

export interface ResourceElement {
  /** `true` for `NotResource`. */
  readonly negated: boolean
  /** ARN patterns (or `*`), matched per ARN segment, case-sensitively. May hold policy variables. */
  readonly patterns: readonly string[]
  readonly path: JsonPath
}

/** The condition operators of iam-facts §4, without their `IfExists` suffix or set prefix. */
export type ConditionOperatorName =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'NumericEquals'
  | 'NumericNotEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals'
  | 'DateEquals'
  | 'DateNotEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals'
  | 'Bool'
  | 'BinaryEquals'
  | 'IpAddress'
  | 'NotIpAddress'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike'
  | 'Null'

export type SetOperator = 'ForAllValues' | 'ForAnyValue'

export interface ConditionClause {
  /** The operator as written: `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string
  /** The base operator; `undefined` when AWS does not know it (the clause is then not evaluable). */
  readonly base: ConditionOperatorName | undefined
  readonly set: SetOperator | undefined
  readonly ifExists: boolean
  /** The condition key as written; keys compare case-insensitively. */
  readonly key: string
  /** The policy values, JSON scalars turned to strings (`true` → `"true"`, `1` → `"1"`). OR-ed. */
  readonly values: readonly string[]
  /** `['Statement', i, 'Condition', operator, key]`. */
  readonly path: JsonPath
}
