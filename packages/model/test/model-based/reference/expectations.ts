/**
 * What the reference predicts for each STS call and request (iam-facts §9–11), in the order the
 * checks apply: credentials, parameter shapes, who may call, authorization, then the duration
 * limits. Where AWS's order between two failures is undocumented, the model's order is used
 * (and said so); the two never disagree on success.
 */
import type { Reference } from './reference.ts'
import {
  actsAsRoot,
  assumeAuthorized,
  credentialError,
  sessionAllows,
  sessionOf,
} from './sts-rules.ts'
import type { Expected, ExpectedRequest, RefCaller, RefSession } from './types.ts'

/** AWS's messages (iam-facts §2, §10). */
export const messages = {
  root: 'Roles may not be assumed by root accounts.',
  maxSessionDuration:
    'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  chaining:
    'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
  sessionToken: 'Cannot call GetSessionToken with session credentials',
} as const

/** An expectation and, on success, the session the call issues. */
export interface Prediction {
  readonly expected: Expected
  readonly session?: RefSession
}

const fail = (code: string, message?: string): Prediction => ({
  expected: message === undefined ? { status: 'error', code } : { status: 'error', code, message },
})

/**
 * `AssumeRole`: `DurationSeconds` 900–43,200 by shape; the root user cannot assume roles; a
 * role that does not exist is refused like an unauthorized call (iam-facts §9); then the
 * role's maximum and, with temporary credentials (role sessions and `GetSessionToken`
 * credentials alike), the one-hour cap of role chaining (iam-facts §10–11).
 */
export function expectAssumeRole(
  ref: Reference,
  caller: RefCaller,
  target: { readonly account: string; readonly name: string },
  durationSeconds: number | undefined,
  sessionPolicy: readonly string[] | undefined,
  sessionName: string,
): Prediction {
  const credentials = credentialError(ref, caller)
  if (credentials) return fail(credentials)
  if (durationSeconds !== undefined && (durationSeconds < 900 || durationSeconds > 43200))
    return fail('ValidationError')
  if (actsAsRoot(ref, caller)) return fail('AccessDenied', messages.root)
  const role = ref.role(target.account, target.name)
  if (!role || !assumeAuthorized(ref, caller, role)) return fail('AccessDenied')
  const seconds = durationSeconds ?? 3600
  const chained = caller.kind === 'session'
  // Both limits broken: AWS's order is undocumented; the model reports the role's maximum first.
  if (seconds > role.max) return fail('ValidationError', messages.maxSessionDuration)
  if (chained && seconds > 3600) return fail('ValidationError', messages.chaining)
  return {
    expected: { status: 'ok' },
    session: {
      kind: 'role',
      roleAccount: role.account,
      roleName: role.name,
      sessionName,
      issuedAt: ref.now,
      expiresAt: ref.now + seconds * 1000,
      chained,
      sessionPolicy: sessionPolicy === undefined ? undefined : new Set(sessionPolicy),
    },
  }
}

/**
 * `GetSessionToken`: `DurationSeconds` 900–129,600 by shape, 43,200 by default; temporary
 * credentials cannot call it; the root user's session lasts at most one hour ("defaults to one
 * hour", iam-facts §10).
 */
export function expectGetSessionToken(
  ref: Reference,
  caller: RefCaller,
  durationSeconds: number | undefined,
): Prediction {
  const credentials = credentialError(ref, caller)
  if (credentials) return fail(credentials)
  if (durationSeconds !== undefined && (durationSeconds < 900 || durationSeconds > 129600))
    return fail('ValidationError')
  if (caller.kind === 'session') return fail('AccessDenied', messages.sessionToken)
  const requested = durationSeconds ?? 43200
  const seconds = caller.kind === 'root' ? Math.min(requested, 3600) : requested
  const user = caller.kind === 'user' ? ref.user(caller.account, caller.name) : undefined
  return {
    expected: { status: 'ok' },
    session: {
      kind: 'token',
      account: caller.account,
      user: user && { name: user.name, incarnation: user.incarnation },
      issuedAt: ref.now,
      expiresAt: ref.now + seconds * 1000,
    },
  }
}

/** A request for `action` on `*` by `caller`. */
export function expectRequest(ref: Reference, caller: RefCaller, action: string): ExpectedRequest {
  const credentials = credentialError(ref, caller)
  if (credentials) return { status: 'error', code: credentials }
  switch (caller.kind) {
    case 'root':
      return { status: 'decided', allowed: true }
    case 'user':
      return {
        status: 'decided',
        allowed: ref.user(caller.account, caller.name)?.actions?.has(action) ?? false,
      }
    case 'session':
      return {
        status: 'decided',
        allowed: sessionAllows(ref, sessionOf(ref, caller.index), action),
      }
  }
}
