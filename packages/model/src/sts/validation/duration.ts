/**
 * How long a role session lasts (iam-facts §10–11): `DurationSeconds` (900–43,200 by shape,
 * 3,600 by default) must not exceed the role's `MaxSessionDuration`, nor one hour when the
 * caller is chaining roles. Both are errors, never a silent cut; AWS's messages are
 * [GH:kreuzwerker/awsu#27] and [GH:aws/eks-anywhere#9485].
 *
 * When both limits are broken, AWS's order is not documented: we report the role's maximum
 * first.
 */
import type { AwsError } from '../../operations/types.ts'
import type { Role } from '../../world/types.ts'
import { validationFailure } from './violations.ts'

/** The default duration of a role session, in seconds. */
export const DEFAULT_ROLE_SESSION_SECONDS = 3600
/** The cap on chained role sessions, in seconds. */
export const CHAINED_SESSION_LIMIT_SECONDS = 3600

/** AWS's duration messages. */
export const durationMessages = {
  maxSessionDuration:
    'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  chaining:
    'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
} as const

/** The session's duration in seconds, or the `ValidationError` that refuses it. */
export function roleSessionDuration(
  requested: number | undefined,
  role: Pick<Role, 'maxSessionDuration'>,
  chaining: boolean,
):
  | { readonly ok: true; readonly seconds: number }
  | { readonly ok: false; readonly error: AwsError } {
  const seconds = requested ?? DEFAULT_ROLE_SESSION_SECONDS
  if (seconds > role.maxSessionDuration)
    return { ok: false, error: validationFailure(durationMessages.maxSessionDuration) }
  if (chaining && seconds > CHAINED_SESSION_LIMIT_SECONDS) {
    return { ok: false, error: validationFailure(durationMessages.chaining) }
  }
  return { ok: true, seconds }
}
