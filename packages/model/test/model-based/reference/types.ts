/**
 * The reference model's data: what the model-based test generates (callers, trust principals)
 * and what the reference keeps (users, roles, sessions) and predicts (an outcome's code).
 */

/** A principal a generated trust policy names, before IAM resolves it. */
export type TrustPrincipal =
  | { readonly kind: 'user' | 'role'; readonly account: string; readonly name: string }
  /** The account: as its id (`111111111111`) or its root ARN (`arn:aws:iam::…:root`). */
  | { readonly kind: 'account'; readonly account: string; readonly form: 'id' | 'root' }

/** A trust policy principal as stored: a user or role by incarnation, or an account. */
export type TrustRef =
  | { readonly kind: 'user' | 'role'; readonly account: string; readonly incarnation: number }
  | { readonly kind: 'account'; readonly account: string }

export interface RefUser {
  readonly account: string
  readonly name: string
  /** New at every creation, like the model's `AIDA…` id. */
  readonly incarnation: number
  /** The actions its one inline policy allows; `undefined` without a policy. */
  readonly actions: ReadonlySet<string> | undefined
}

export interface RefRole {
  readonly account: string
  readonly name: string
  readonly incarnation: number
  readonly trust: readonly TrustRef[]
  /** Inline permission policies by name, each a set of allowed actions. */
  readonly policies: ReadonlyMap<string, ReadonlySet<string>>
  /** `MaxSessionDuration`, seconds. */
  readonly max: number
}

/** A role session, from `AssumeRole`. */
export interface RefRoleSession {
  readonly kind: 'role'
  readonly roleAccount: string
  readonly roleName: string
  readonly sessionName: string
  readonly issuedAt: number
  readonly expiresAt: number
  /** Issued to temporary credentials: role chaining (iam-facts §11). */
  readonly chained: boolean
  /** The actions its session policy allows; `undefined` when none was passed. */
  readonly sessionPolicy: ReadonlySet<string> | undefined
}

/** `GetSessionToken` credentials: a user (as the incarnation that called) or the root user. */
export interface RefTokenSession {
  readonly kind: 'token'
  readonly account: string
  /** `undefined` for the root user. */
  readonly user: { readonly name: string; readonly incarnation: number } | undefined
  readonly issuedAt: number
  readonly expiresAt: number
}

/** Temporary credentials of either kind. */
export type RefSession = RefRoleSession | RefTokenSession

/** Who makes a call: a user, a session (by its index in the order of issue) or a root user. */
export type RefCaller =
  | { readonly kind: 'user'; readonly account: string; readonly name: string }
  | { readonly kind: 'session'; readonly index: number }
  | { readonly kind: 'root'; readonly account: string }

/** What the reference predicts for one call: success, or AWS's error code (and message). */
export type Expected =
  | { readonly status: 'ok' }
  | { readonly status: 'error'; readonly code: string; readonly message?: string }

/** What the reference predicts for a request: a decision or the credential error first met. */
export type ExpectedRequest =
  | { readonly status: 'decided'; readonly allowed: boolean }
  | { readonly status: 'error'; readonly code: string }
