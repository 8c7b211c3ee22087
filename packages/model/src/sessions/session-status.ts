/**
 * Whether a session is still usable, decided from the world alone: expired from `expiresAt`
 * on (iam-facts §10). The session actors mirror this; the simulation tests check they agree.
 */
import type { Session, World } from '../world/types.ts'
import type { SessionStatus } from './session-machine.ts'

/** The session's status at the world's current time, or `undefined` for an unknown key. */
export function sessionStatusAt(world: World, accessKeyId: string): SessionStatus | undefined {
  const session = world.sessions.get(accessKeyId)
  return session === undefined ? undefined : statusOf(session, world.now)
}

/** The status of `session` at `now`. */
export function statusOf(session: Session, now: number): SessionStatus {
  return now >= session.expiresAt ? 'expired' : 'active'
}
