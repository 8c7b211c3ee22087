/**
 * The reference's rules for credentials, permissions and trust (iam-facts §7–11), for the
 * policies the model-based test generates: `Allow` statements on `*` without conditions, trust
 * policies naming users, roles and accounts.
 *
 * - Credentials first: a deleted user's are unknown (`InvalidClientTokenId`), and so are the
 *   `GetSessionToken` credentials of a user deleted since (the model's reading: the session is
 *   its user, who is gone); temporary credentials are expired from `expiresAt` on
 *   (`ExpiredToken`, iam-facts §10), which is checked first.
 * - Permissions: a role session has its role's permissions now ∩ its session policy (iam-facts
 *   §7 step 7, §10 "Session policies = intersection"); a user, and its `GetSessionToken`
 *   credentials, its identity policy now; the root user everything (no organization here).
 * - Trust: the trust policy must name the caller, or trust its account with the caller's
 *   identity allowing `sts:AssumeRole`; across accounts the identity side is needed in any
 *   case (iam-facts §8–9). A trust naming a session's role ARN is still subject to the session
 *   policy (iam-facts §7 step 4, "Named role ARN"). `GetSessionToken` credentials are their
 *   user (iam-facts §10).
 */
import type { Reference } from './reference.ts'
import type { RefCaller, RefRole, RefSession, RefUser } from './types.ts'

/** The session behind a session caller; a broken invariant when there is none. */
export function sessionOf(ref: Reference, index: number): RefSession {
  const session = ref.sessions[index]
  if (!session) throw new Error(`invariant: no reference session ${index}`)
  return session
}

/** The live user behind `GetSessionToken` credentials, if it is still the one that called. */
export function tokenUser(ref: Reference, session: RefSession): RefUser | undefined {
  if (session.kind !== 'token' || session.user === undefined) return undefined
  const user = ref.user(session.account, session.user.name)
  return user?.incarnation === session.user.incarnation ? user : undefined
}

/** Whether a caller acts as a root user: itself, or its `GetSessionToken` credentials. */
export function actsAsRoot(ref: Reference, caller: RefCaller): boolean {
  if (caller.kind === 'root') return true
  if (caller.kind === 'user') return false
  const session = sessionOf(ref, caller.index)
  return session.kind === 'token' && session.user === undefined
}

/** The credential error a caller meets before anything else, if any. */
export function credentialError(ref: Reference, caller: RefCaller): string | undefined {
  if (caller.kind === 'user')
    return ref.user(caller.account, caller.name) ? undefined : 'InvalidClientTokenId'
  if (caller.kind === 'root') return undefined
  const session = sessionOf(ref, caller.index)
  if (!ref.isActive(session)) return 'ExpiredToken'
  if (session.kind === 'token' && session.user !== undefined && !tokenUser(ref, session))
    return 'InvalidClientTokenId'
  return undefined
}

/** Whether an active session's permissions allow `action`. */
export function sessionAllows(ref: Reference, session: RefSession, action: string): boolean {
  if (session.kind === 'token') {
    if (session.user === undefined) return true
    return tokenUser(ref, session)?.actions?.has(action) ?? false
  }
  const role = ref.role(session.roleAccount, session.roleName)
  if (!role) return false
  const policy = session.sessionPolicy
  return ref.roleActions(role).has(action) && (policy === undefined || policy.has(action))
}

/** Whether a live caller, not a root user, may assume `role` (iam-facts §9). */
export function assumeAuthorized(ref: Reference, caller: RefCaller, role: RefRole): boolean {
  if (caller.kind === 'root') return false
  if (caller.kind === 'user') {
    const user = ref.user(caller.account, caller.name)
    return user !== undefined && userCanAssume(user, role)
  }
  return sessionCanAssume(ref, sessionOf(ref, caller.index), role)
}

/** Whether `user` may assume `role`: the trust names it, or trusts its account and it allows. */
export function userCanAssume(user: RefUser, role: RefRole): boolean {
  return trustDecides(role, {
    account: user.account,
    namesCaller: role.trust.some(
      (entry) => entry.kind === 'user' && entry.incarnation === user.incarnation,
    ),
    identity: user.actions?.has('sts:AssumeRole') ?? false,
    sessionPolicyAllows: true,
  })
}

/**
 * Whether a session may assume `role`. A role session is its role: a trust naming the role (its
 * ARN) is still subject to the session policy (iam-facts §7 step 4, "Named role ARN").
 * `GetSessionToken` credentials are their user.
 */
export function sessionCanAssume(ref: Reference, session: RefSession, role: RefRole): boolean {
  if (session.kind === 'token') {
    const user = tokenUser(ref, session)
    return user !== undefined && userCanAssume(user, role)
  }
  const own = ref.role(session.roleAccount, session.roleName)
  if (!own) return false
  return trustDecides(role, {
    account: own.account,
    namesCaller: role.trust.some(
      (entry) => entry.kind === 'role' && entry.incarnation === own.incarnation,
    ),
    identity: sessionAllows(ref, session, 'sts:AssumeRole'),
    sessionPolicyAllows: session.sessionPolicy?.has('sts:AssumeRole') ?? true,
  })
}

/** Same account: the trust naming the caller suffices; otherwise both sides must allow. */
function trustDecides(
  role: RefRole,
  caller: {
    readonly account: string
    readonly namesCaller: boolean
    readonly identity: boolean
    readonly sessionPolicyAllows: boolean
  },
): boolean {
  const namesAccount = role.trust.some(
    (entry) => entry.kind === 'account' && entry.account === caller.account,
  )
  if (caller.account === role.account)
    return (caller.namesCaller && caller.sessionPolicyAllows) || (namesAccount && caller.identity)
  return (caller.namesCaller || namesAccount) && caller.identity
}
