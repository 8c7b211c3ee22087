/**
 * Sessions a step creates, under the names the scenario gives them, and sessions that expire as
 * the clock moves (their xstate actors reach `expired`).
 */
import { isoInstant, type Session } from '@hatrack/model'
import type { SessionView } from '../trace/types.ts'
import type { ReplayState, UserRef } from './state.ts'

function view(session: Session, name: string): SessionView {
  return {
    entity: session.accessKeyId,
    name,
    source: session.source,
    arn: session.arn,
    accessKeyId: session.accessKeyId,
    ...(session.roleArn === undefined ? {} : { role: session.roleArn }),
    ...(session.sessionName === undefined ? {} : { sessionName: session.sessionName }),
    issuedAt: isoInstant(session.issuedAt),
    expiresAt: isoInstant(session.expiresAt),
    chained: session.chained,
    mfa: session.mfaAuthenticated,
    ...(session.sourceIdentity === undefined ? {} : { sourceIdentity: session.sourceIdentity }),
    tags: session.tags.map((tag) => ({
      key: tag.key,
      value: tag.value,
      transitive: tag.transitive,
    })),
  }
}

/**
 * Records the session `accessKeyId` as created by the current step under `name`: in the step's
 * record, among the entities (its parent the entity whose credentials created it) and among
 * the sessions the clock may expire.
 */
export function recordSession(
  state: ReplayState,
  accessKeyId: string,
  name: string,
  parent: string | undefined,
  user: UserRef | undefined,
): void {
  const session = state.simulation.snapshot().sessions.get(accessKeyId)
  if (session === undefined) throw new Error(`invariant: session ${accessKeyId} was not issued`)
  state.record.created.push(view(session, name))
  state.entities.appear(
    {
      id: accessKeyId,
      kind: 'session',
      label: name,
      accountId: session.accountId,
      ...(session.roleArn === undefined ? {} : { role: session.roleArn }),
      ...(parent === undefined ? {} : { parent }),
    },
    state.step,
  )
  state.sessionNames.set(accessKeyId, name)
  state.sessionsByName.set(name, accessKeyId)
  state.live.set(accessKeyId, name)
  if (user !== undefined) state.sessionUsers.set(accessKeyId, user)
}

/** Names of the sessions whose actors expired since the last look, in issue order. */
export function collectExpired(state: ReplayState): string[] {
  const expired: string[] = []
  for (const [key, name] of state.live) {
    if (state.simulation.sessionStatus(key) === 'expired') {
      expired.push(name)
      state.live.delete(key)
    }
  }
  return expired
}

/** Whether the session is active now (its actor has not expired). */
export function isActive(state: ReplayState, accessKeyId: string): boolean {
  return state.simulation.sessionStatus(accessKeyId) === 'active'
}
