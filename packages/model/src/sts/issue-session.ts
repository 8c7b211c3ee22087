/**
 * Issuing temporary credentials: an `ASIA…` access key id, a secret and a session token drawn
 * from the world's seeded generator, an expiration on the simulated clock, and the session
 * recorded in the world. The same world and the same calls give the same credentials.
 */
import { generateSecret, generateSessionToken } from '../ids/index.ts'
import { appendEntry } from '../world/append-map.ts'
import { drawId } from '../world/update.ts'
import type { Session, World } from '../world/types.ts'
import type { Credentials } from './types.ts'

/** Everything about a session but its credentials and times. */
export type SessionDraft = Omit<
  Session,
  'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'issuedAt' | 'expiresAt'
>

/**
 * The world with a new session lasting `durationSeconds` from now (or until `endsAt`, when
 * that comes first), and the session.
 */
export function issueSession(
  world: World,
  draft: SessionDraft,
  durationSeconds: number,
  endsAt?: number,
): { readonly world: World; readonly session: Session } {
  const key = drawId(world, 'temporaryAccessKey')
  const secret = generateSecret(key.world.seed)
  const token = generateSessionToken(secret.state)
  const expiresAt = Math.min(world.now + durationSeconds * 1000, endsAt ?? Number.POSITIVE_INFINITY)
  const session: Session = {
    ...draft,
    accessKeyId: key.id,
    secretAccessKey: secret.value,
    sessionToken: token.value,
    issuedAt: world.now,
    expiresAt,
  }
  return {
    world: {
      ...key.world,
      seed: token.state,
      sessions: appendEntry(world.sessions, session.accessKeyId, session),
    },
    session,
  }
}

/** The credentials of a session, as STS returns them. */
export function credentialsOf(session: Session): Credentials {
  return {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
    expiration: session.expiresAt,
  }
}
