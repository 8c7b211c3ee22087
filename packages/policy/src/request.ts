/**
 * What a policy is matched against: the caller (for `Principal`) and the request context (for
 * `Condition` and policy variables). The engine and the model build these; the policy package
 * only reads them.
 */

/** A context value: a single-valued key holds a string, a multivalued key an array. */
export type ContextValue = string | readonly string[]

/** Context keys as a caller writes them: `{ 'aws:username': 'alice', 'aws:TagKeys': ['a'] }`. */
export type ContextRecord = Readonly<Record<string, ContextValue>>

/**
 * The request context with its keys folded to lower case, since AWS compares condition key
 * names case-insensitively (`aws:SourceIP` is `AWS:SourceIp`, tag-key parts included).
 */
export type RequestContext = ReadonlyMap<string, ContextValue>

/** Builds a {@link RequestContext}. A later key that folds to the same name replaces an earlier one. */
export function createRequestContext(record: ContextRecord = {}): RequestContext {
  const context = new Map<string, ContextValue>()
  for (const [key, value] of Object.entries(record)) context.set(key.toLowerCase(), value)
  return context
}

/** The kinds of caller a `Principal` element can name (iam-facts §2). */
export type PrincipalKind =
  'root' | 'user' | 'assumedRole' | 'federatedUser' | 'service' | 'anonymous'

/**
 * Everything about the caller that a `Principal` element can match on. A role session carries
 * its session ARN (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`) and the ARN and unique id of
 * its role, since a policy naming the role matches all of its sessions. A session that came
 * from web identity or SAML federation also carries its provider.
 */
export interface PrincipalFacts {
  readonly kind: PrincipalKind
  /** The caller's own ARN: root, user, session or federated-user ARN. Absent for services and anonymous callers. */
  readonly arn?: string
  /** The 12-digit account the caller belongs to. Absent for services and anonymous callers. */
  readonly accountId?: string
  /** For role sessions: the role's ARN, path included (`arn:aws:iam::ACCT:role/path/NAME`). */
  readonly roleArn?: string
  /** The unique id of the user (`AIDA…`) or, for role sessions, of the role (`AROA…`). */
  readonly uniqueId?: string
  /** For `kind: 'service'`: the service principal, `lambda.amazonaws.com`. */
  readonly service?: string
  /** For sessions from `AssumeRoleWithWebIdentity` or `AssumeRoleWithSAML`: the provider. */
  readonly federatedProvider?: string
  /** For S3 callers identified by their canonical user id. */
  readonly canonicalUser?: string
}
