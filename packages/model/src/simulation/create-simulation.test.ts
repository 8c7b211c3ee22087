/**
 * The simulation: sessions as actors on xstate's SimulatedClock, mirroring the pure functions
 * (iam-facts §10; design.md, The model).
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  allow,
  emptyWorld,
  NOW,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { authorize } from '../request/authorize.ts'
import { sessionStatusAt } from '../sessions/session-status.ts'
import { assumeRole } from '../sts/assume-role.ts'
import type { World } from '../world/types.ts'
import { createSimulation } from './create-simulation.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const

function world(): World {
  const w = withUser(emptyWorld(), A, 'alice', [allow('sts:AssumeRole')])
  return withRole(w, A, 'Reader', trust({ AWS: A }), { policies: [allow('s3:ListAllMyBuckets')] })
}

describe('createSimulation', () => {
  it('spawns an actor per new session, which expires with the clock, and the world follows', () => {
    const simulation = createSimulation(world())
    const outcome = simulation.run((w) =>
      assumeRole(w, alice, { roleArn: roleArn(A, 'Reader'), roleSessionName: 'reader' }),
    )
    if (outcome.status !== 'ok') throw new Error(outcome.error.message)
    const key = outcome.value.credentials.accessKeyId
    expect(simulation.sessionStatus(key)).toBe('active')

    simulation.advance(3_599_999)
    expect(simulation.sessionStatus(key)).toBe('active')
    expect(simulation.snapshot().now).toBe(NOW + 3_599_999)
    expect(simulation.clock.now()).toBe(NOW + 3_599_999)

    simulation.advance(1)
    expect(simulation.sessionStatus(key)).toBe('expired')
    expect(sessionStatusAt(simulation.snapshot(), key)).toBe('expired')
    const after = authorize(
      simulation.snapshot(),
      { kind: 'session', accessKeyId: key },
      { action: 's3:ListAllMyBuckets', resource: '*' },
    )
    expect(after.status === 'error' && after.error.code).toBe('ExpiredToken')
    simulation.stop()
  })

  it('starts an actor when its session is first observed, expiring at the same instant', () => {
    for (const [moved, firstSeen, later] of [
      [1_800_000, 'active', 'expired'],
      [3_599_999, 'active', 'expired'],
      [3_600_000, 'expired', 'expired'],
      [7_200_000, 'expired', 'expired'],
    ] as const) {
      const simulation = createSimulation(world())
      const outcome = simulation.run((w) =>
        assumeRole(w, alice, { roleArn: roleArn(A, 'Reader'), roleSessionName: 'late' }),
      )
      if (outcome.status !== 'ok') throw new Error(outcome.error.message)
      const key = outcome.value.credentials.accessKeyId
      // Nothing looked at the session until the clock had moved on.
      simulation.advance(moved)
      expect(simulation.sessionStatus(key), `first seen ${moved} ms in`).toBe(firstSeen)
      expect(sessionStatusAt(simulation.snapshot(), key)).toBe(firstSeen)
      simulation.advance(3_600_000 - Math.min(moved, 3_600_000))
      expect(simulation.statuses().get(key), `at the expiration`).toBe(later)
      simulation.stop()
    }
  })

  it('leaves the world as it was when an operation fails', () => {
    const simulation = createSimulation(world())
    const before = simulation.snapshot()
    const outcome = simulation.run((w) =>
      assumeRole(w, alice, { roleArn: roleArn(A, 'Nowhere'), roleSessionName: 'x1' }),
    )
    expect(outcome.status).toBe('error')
    expect(simulation.snapshot()).toBe(before)
    expect(simulation.statuses().size).toBe(0)
  })

  it('gives sessions already in the world their actors, expired ones included', () => {
    const first = createSimulation(world())
    const outcome = first.run((w) =>
      assumeRole(w, alice, {
        roleArn: roleArn(A, 'Reader'),
        roleSessionName: 'old',
        durationSeconds: 900,
      }),
    )
    if (outcome.status !== 'ok') throw new Error(outcome.error.message)
    const later = { ...first.snapshot(), now: NOW + 1_000_000 }
    const second = createSimulation(later)
    expect(second.sessionStatus(outcome.value.credentials.accessKeyId)).toBe('expired')
  })

  it('refuses to move time backwards', () => {
    expect(() => createSimulation(world()).advance(-1)).toThrow(/forward/)
  })
})
