/**
 * Properties of sessions over time, on random sequences of role assumptions (some chained) and
 * clock advances (issue #3, Tests). Each run replays up to 12 commands through the engine, so
 * the run count is a quarter of HATRACK_FC_RUNS (250 by default).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { A, allow, emptyWorld, roleArn, trust, withRole, withUser } from '../../test/sts-world.ts'
import { authorize } from '../request/authorize.ts'
import { sessionStatusAt } from '../sessions/session-status.ts'
import { assumeRole } from '../sts/assume-role.ts'
import { findRoleByArn } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'
import { createSimulation, type Simulation } from './create-simulation.ts'

const RUNS = Math.max(1, Math.floor(Number(process.env.HATRACK_FC_RUNS ?? 1000) / 4))
const MAXIMUMS = [3600, 7200, 43200] as const

type Command =
  | {
      readonly kind: 'assume'
      readonly role: number
      readonly from: number
      readonly duration: number | undefined
    }
  | { readonly kind: 'advance'; readonly ms: number }

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('assume' as const),
    role: fc.integer({ min: 0, max: MAXIMUMS.length - 1 }),
    from: fc.integer({ min: -1, max: 20 }),
    duration: fc.option(fc.integer({ min: 900, max: 43200 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('advance' as const),
    ms: fc.integer({ min: 0, max: 13 * 3600_000 }),
  }),
)

function world(seed: number): World {
  let w = withUser(emptyWorld(seed), A, 'alice', [allow('sts:AssumeRole')])
  MAXIMUMS.forEach((max, index) => {
    w = withRole(w, A, `R${index}`, trust({ AWS: A }), {
      maxSessionDuration: max,
      policies: [allow(['sts:AssumeRole', 's3:ListAllMyBuckets'])],
    })
  })
  return w
}

/** Replays the commands; `check` runs after each one. */
function replay(
  seed: number,
  commands: readonly Command[],
  check: (simulation: Simulation) => void,
): Simulation {
  const simulation = createSimulation(world(seed))
  const issued: string[] = []
  for (const step of commands) {
    if (step.kind === 'advance') simulation.advance(step.ms)
    else {
      const caller =
        step.from < 0 || issued.length === 0
          ? ({ kind: 'user', accountId: A, userName: 'alice' } as const)
          : ({ kind: 'session', accessKeyId: issued[step.from % issued.length] ?? '' } as const)
      const outcome = simulation.run((w) =>
        assumeRole(w, caller, {
          roleArn: roleArn(A, `R${step.role}`),
          roleSessionName: `s${issued.length}`,
          ...(step.duration ? { durationSeconds: step.duration } : {}),
        }),
      )
      if (outcome.status === 'ok') issued.push(outcome.value.credentials.accessKeyId)
    }
    check(simulation)
  }
  return simulation
}

describe('sessions over time (properties)', () => {
  it('no session is usable after its expiration, and the actors always agree with the world', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(command, { maxLength: 12 }), (seed, commands) => {
        replay(seed, commands, (simulation) => {
          const w = simulation.snapshot()
          for (const [key, session] of w.sessions) {
            const status = sessionStatusAt(w, key)
            expect(simulation.sessionStatus(key)).toBe(status)
            const answer = authorize(
              w,
              { kind: 'session', accessKeyId: key },
              { action: 's3:ListAllMyBuckets', resource: '*' },
            )
            if (w.now >= session.expiresAt) {
              expect(status).toBe('expired')
              expect(answer.status === 'error' && answer.error.code).toBe('ExpiredToken')
            } else {
              expect(answer.status).toBe('decided')
            }
          }
        }).stop()
      }),
      { numRuns: RUNS },
    )
  })

  it("a chained session never lasts more than one hour, and no session outlasts its role's maximum", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(command, { maxLength: 12 }), (seed, commands) => {
        const simulation = replay(seed, commands, () => undefined)
        const w = simulation.snapshot()
        for (const session of w.sessions.values()) {
          const lasts = session.expiresAt - session.issuedAt
          if (session.chained) expect(lasts).toBeLessThanOrEqual(3600_000)
          const role = session.roleArn === undefined ? undefined : findRoleByArn(w, session.roleArn)
          expect(lasts).toBeLessThanOrEqual((role?.maxSessionDuration ?? 0) * 1000)
        }
        simulation.stop()
      }),
      { numRuns: RUNS },
    )
  })

  it('the same commands from the same seed give the same ids and credentials', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(command, { maxLength: 12 }), (seed, commands) => {
        const first = replay(seed, commands, () => undefined)
        const second = replay(seed, commands, () => undefined)
        expect([...second.snapshot().sessions.values()]).toEqual([
          ...first.snapshot().sessions.values(),
        ])
        expect(second.snapshot().seed).toBe(first.snapshot().seed)
        first.stop()
        second.stop()
      }),
      { numRuns: RUNS },
    )
  })
})
