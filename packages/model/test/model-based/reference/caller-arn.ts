/**
 * The ARN AWS names a caller by (iam-facts §1–2): a user's, the root user's, a role session's
 * `assumed-role` ARN; `GetSessionToken` credentials are named as their user (or root user).
 * AccessDenied messages begin with it: `User: <arn> is not authorized to perform: <action> on
 * resource: <resource>` (iam-facts §14).
 */
import { userArn } from '../vocabulary.ts'
import type { Reference } from './reference.ts'
import { sessionOf } from './sts-rules.ts'
import type { RefCaller } from './types.ts'

/** The caller's ARN. */
export function callerArn(ref: Reference, caller: RefCaller): string {
  switch (caller.kind) {
    case 'user':
      return userArn(caller.account, caller.name)
    case 'root':
      return `arn:aws:iam::${caller.account}:root`
    case 'session': {
      const session = sessionOf(ref, caller.index)
      if (session.kind === 'token') {
        return session.user === undefined
          ? `arn:aws:iam::${session.account}:root`
          : userArn(session.account, session.user.name)
      }
      return `arn:aws:sts::${session.roleAccount}:assumed-role/${session.roleName}/${session.sessionName}`
    }
  }
}

/** The beginning of AWS's AccessDenied message for `caller` asking `action` on `resource`. */
export function accessDeniedPrefix(
  ref: Reference,
  caller: RefCaller,
  action: string,
  resource: string,
): string {
  return `User: ${callerArn(ref, caller)} is not authorized to perform: ${action} on resource: ${resource}`
}
