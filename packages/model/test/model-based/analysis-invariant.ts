/**
 * The analysis invariant (issue #3, Tests: "an analysis edge exists exactly when the call
 * succeeds"), checked after every IAM change:
 * - for every (user, role) pair: the edge of `analyzeAssumeRoles` exists iff the model's plain
 *   `AssumeRole` call succeeds on the current world (worlds are immutable: the attempt's world is
 *   discarded), iff the reference allows it; `canAssume` answers the same;
 * - for every (role, role) pair: the edge from the role's sessions exists iff the reference
 *   allows a session of that role without a session policy; when the world holds such a session,
 *   still active, the model's chained call from it must agree too;
 * - every edge is a plain call: the generated policies have no conditions to satisfy.
 */
import { expect } from 'vitest'
import { analyzeAssumeRoles, canAssume } from '../../src/analysis/index.ts'
import { assumeRole } from '../../src/sts/assume-role.ts'
import type { World } from '../../src/world/types.ts'
import { agree } from './agree.ts'
import type { Reference } from './reference/reference.ts'
import { sessionCanAssume, userCanAssume } from './reference/sts-rules.ts'
import type { RefRole, RefSession } from './reference/types.ts'
import type { Real } from './system.ts'
import { roleArn, userArn } from './vocabulary.ts'

/** Asserts that the analysis agrees with the model's calls and the reference. */
export function checkAnalysis(ref: Reference, real: Real): void {
  const world = real.simulation.snapshot()
  const graph = analyzeAssumeRoles(world, { chains: false })
  const edges = new Set<string>()
  for (const edge of graph.edges) {
    if (edge.action !== 'sts:AssumeRole') continue
    if (edge.requires.length > 0)
      expect(edge.requires, `edge ${edge.principal} → ${edge.role} needs conditions`).toEqual([])
    edges.add(`${edge.principal} → ${edge.role}`)
  }
  const roles = [...ref.roles.values()]

  for (const user of ref.users.values()) {
    const principal = userArn(user.account, user.name)
    for (const role of roles) {
      const target = roleArn(role.account, role.name)
      const pair = `${principal} → ${target}`
      const call = assumeRole(
        world,
        { kind: 'user', accountId: user.account, userName: user.name },
        { roleArn: target, roleSessionName: 'hatrack' },
      )
      const succeeds = call.status === 'ok'
      agree(succeeds, userCanAssume(user, role), () => `AssumeRole ${pair} against the reference`)
      agree(edges.has(pair), succeeds, () => `analysis edge ${pair}`)
      const status = canAssume(world, principal, target)?.status
      agree(status, succeeds ? 'edge' : 'denied', () => `canAssume ${pair}`)
    }
  }

  for (const own of roles) {
    const principal = roleArn(own.account, own.name)
    const hypothetical: RefSession = {
      kind: 'role',
      roleAccount: own.account,
      roleName: own.name,
      sessionName: 'hatrack',
      issuedAt: ref.now,
      expiresAt: ref.now + 3600_000,
      chained: false,
      sessionPolicy: undefined,
    }
    const live = liveSession(ref, real, own)
    for (const role of roles) {
      const target = roleArn(role.account, role.name)
      const pair = `${principal} → ${target}`
      const expected = sessionCanAssume(ref, hypothetical, role)
      agree(edges.has(pair), expected, () => `analysis edge ${pair}`)
      if (live !== undefined) {
        const call = chainedCall(world, live, target)
        agree(call, expected, () => `AssumeRole ${pair} from session ${live}`)
      }
    }
  }
}

/** An active session of `role` without a session policy, by access key id. */
function liveSession(ref: Reference, real: Real, role: RefRole): string | undefined {
  const index = ref.sessions.findIndex(
    (session) =>
      session.kind === 'role' &&
      session.roleAccount === role.account &&
      session.roleName === role.name &&
      session.sessionPolicy === undefined &&
      ref.isActive(session),
  )
  return index < 0 ? undefined : real.keys[index]
}

/** Whether a chained `AssumeRole` (default duration, one hour) from `key` succeeds. */
function chainedCall(world: World, key: string, target: string): boolean {
  const call = assumeRole(
    world,
    { kind: 'session', accessKeyId: key },
    { roleArn: target, roleSessionName: 'hatrack' },
  )
  return call.status === 'ok'
}
