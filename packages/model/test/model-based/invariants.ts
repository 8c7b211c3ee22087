/**
 * The invariants checked after every command (issue #3, Tests):
 * - the clock: the simulation's, the world's and the reference's `now` agree;
 * - every session the model issued is the reference's, with the same times and chaining flag;
 * - no session is usable after its expiration: the actor's status, `sessionStatusAt` and the
 *   reference (`now < expiresAt`) agree, and an expired session's request fails with
 *   `ExpiredToken` (a `GetSessionToken` session whose user is gone, `InvalidClientTokenId`);
 * - a chained session never lasts more than one hour; no role session outlasts its role's
 *   maximum; no `GetSessionToken` session outlasts 36 hours (the root user's, one hour);
 * - an active session never holds a permission its role lacks or its session policy removes,
 *   and holds every one they both allow (the reference decides each request action);
 *   `GetSessionToken` credentials hold exactly their user's permissions.
 */
import { authorize } from '../../src/request/authorize.ts'
import { sessionStatusAt } from '../../src/sessions/session-status.ts'
import { findRoleByArn } from '../../src/world/find-entity.ts'
import { agree } from './agree.ts'
import type { Reference } from './reference/reference.ts'
import { credentialError, sessionAllows } from './reference/sts-rules.ts'
import type { RefRole, RefRoleSession } from './reference/types.ts'
import type { Real } from './system.ts'
import { REQUEST_ACTIONS, roleArn } from './vocabulary.ts'

/** Asserts every invariant of the sessions and the clock. */
export function checkInvariants(ref: Reference, real: Real): void {
  const world = real.simulation.snapshot()
  agree(world.now, ref.now, () => 'the world clock')
  agree(real.simulation.clock.now(), ref.now, () => 'the simulated clock')
  agree(world.sessions.size, ref.sessions.length, () => 'sessions in the world')
  agree(real.keys.length, ref.sessions.length, () => 'sessions issued')

  ref.sessions.forEach((expected, index) => {
    const key = real.keys[index] ?? ''
    const session = world.sessions.get(key)
    if (!session) throw new Error(`session ${index} (${key}) is missing from the world`)
    const where = `session ${index} (${key})`
    agree(session.issuedAt, expected.issuedAt, () => `${where} issuedAt`)
    agree(session.expiresAt, expected.expiresAt, () => `${where} expiresAt`)
    const lasts = session.expiresAt - session.issuedAt
    if (expected.kind === 'role') {
      agree(session.source, 'AssumeRole', () => `${where} source`)
      agree(session.chained, expected.chained, () => `${where} chained`)
      agree(session.roleArn, roleArn(expected.roleAccount, expected.roleName), () => where)
      if (session.chained)
        agree(lasts <= 3600_000, true, () => `${where} is chained, lasts ${lasts} ms`)
      const role = session.roleArn === undefined ? undefined : findRoleByArn(world, session.roleArn)
      const max = (role?.maxSessionDuration ?? 0) * 1000
      agree(lasts <= max, true, () => `${where} lasts ${lasts} ms, its role's maximum is ${max} ms`)
    } else {
      agree(session.source, 'GetSessionToken', () => `${where} source`)
      agree(session.roleArn, undefined, () => `${where} has no role`)
      const max = (expected.user === undefined ? 3600 : 129600) * 1000
      agree(lasts <= max, true, () => `${where} lasts ${lasts} ms, more than ${max} ms`)
    }

    const active = ref.isActive(expected)
    const status = active ? 'active' : 'expired'
    agree(real.simulation.sessionStatus(key), status, () => `${where} actor`)
    agree(sessionStatusAt(world, key), status, () => `${where} status`)
    agree(world.now < session.expiresAt, active, () => `${where} now < expiresAt`)

    const caller = { kind: 'session', accessKeyId: key } as const
    const failure = credentialError(ref, { kind: 'session', index })
    for (const action of active ? REQUEST_ACTIONS : REQUEST_ACTIONS.slice(0, 1)) {
      const answer = authorize(world, caller, { action, resource: '*' })
      if (answer.status === 'error' || failure !== undefined) {
        const code: string | undefined = answer.status === 'error' ? answer.error.code : undefined
        agree(code, failure, () => `${where} ${action}`)
        continue
      }
      const allowed = answer.decision.decision === 'allowed'
      if (allowed && expected.kind === 'role') {
        // The invariant itself: role ∩ session policy bounds what a session holds.
        const roleActions = ref.roleActions(refRole(ref, expected))
        agree(roleActions.has(action), true, () => `${where} holds ${action} its role lacks`)
        const policy = expected.sessionPolicy
        agree(policy === undefined || policy.has(action), true, () => `${where} holds ${action}`)
      }
      agree(allowed, sessionAllows(ref, expected, action), () => `${where} ${action}`)
    }
  })
}

function refRole(ref: Reference, session: RefRoleSession): RefRole {
  const role = ref.role(session.roleAccount, session.roleName)
  if (!role) throw new Error(`invariant: the reference lost role ${session.roleName}`)
  return role
}
