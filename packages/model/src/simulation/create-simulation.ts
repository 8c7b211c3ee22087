/**
 * A simulation: the current world, a simulated clock, and one xstate actor per session. The
 * pure operations decide everything from the world (`world.now` against `expiresAt`); the
 * actors run on xstate's `SimulatedClock` and mirror it, so a player can watch sessions expire
 * as the clock moves (design.md, The model).
 *
 * An actor starts when its session is first observed (`sessionStatus`, `statuses`), at the
 * clock's time then: the session machine counts its delay from `expiresAt`, so an actor started
 * late expires at the same instant as one started with its session. A replay that never looks
 * at the actors (a player draws time to live from `expiresAt`) does not pay for them.
 *
 *     const simulation = createSimulation(world)
 *     simulation.run((world) => assumeRole(world, alice, { roleArn, roleSessionName: 'a' }))
 *     simulation.advance(3_600_000)   // the session's actor moves to `expired`
 */
import { createActor, SimulatedClock, type Actor } from 'xstate'
import type { Outcome } from '../operations/types.ts'
import { sessionMachine, type SessionStatus } from '../sessions/session-machine.ts'
import { valuesFrom } from '../world/append-map.ts'
import type { Session, World } from '../world/types.ts'

/** A world moving through time. */
export interface Simulation {
  /** The clock the session actors run on; its time is always the world's `now`. */
  readonly clock: SimulatedClock
  /**
   * Applies a pure operation to the current world. On success the world becomes the
   * operation's, and every new session gets its actor (started when first observed). The
   * outcome is returned as is.
   */
  run<T>(operation: (world: World) => Outcome<T>): Outcome<T>
  /** Moves the clock forward by `ms` milliseconds (`ms` ≥ 0): sessions expire, `now` follows. */
  advance(ms: number): void
  /** The status of a session's actor, or `undefined` for an access key the simulation never issued. */
  sessionStatus(accessKeyId: string): SessionStatus | undefined
  /** Every session's status, by access key id, in the order they were issued. */
  statuses(): ReadonlyMap<string, SessionStatus>
  /** The current world. */
  snapshot(): World
  /** Stops every actor. */
  stop(): void
}

/** A simulation starting from `world`, its clock set to `world.now`. */
export function createSimulation(initial: World): Simulation {
  let world = initial
  const clock = new SimulatedClock()
  clock.set(world.now)
  const actors = new Map<string, Actor<typeof sessionMachine>>()

  const spawn = (session: Session): void => {
    const actor = createActor(sessionMachine, {
      clock,
      input: {
        accessKeyId: session.accessKeyId,
        issuedAt: session.issuedAt,
        expiresAt: session.expiresAt,
        startedAt: clock.now(),
      },
    })
    actors.set(session.accessKeyId, actor)
    actor.start()
  }
  // Sessions are only ever appended to `world.sessions`, so the new ones follow those seen.
  let seen = 0
  const spawnNew = (): void => {
    if (world.sessions.size === seen) return
    for (const session of valuesFrom(world.sessions, seen))
      if (!actors.has(session.accessKeyId)) spawn(session)
    seen = world.sessions.size
  }

  return {
    clock,
    run<T>(operation: (current: World) => Outcome<T>): Outcome<T> {
      const outcome = operation(world)
      if (outcome.status === 'ok') {
        if (outcome.world.now !== world.now) {
          throw new Error('invariant: an operation moved the clock; only advance() moves time')
        }
        world = outcome.world
      }
      return outcome
    },
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`invariant: time moves forward only (advance(${ms}))`)
      world = { ...world, now: world.now + ms }
      clock.increment(ms)
    },
    sessionStatus(accessKeyId: string): SessionStatus | undefined {
      spawnNew()
      const actor = actors.get(accessKeyId)
      return actor === undefined ? undefined : (actor.getSnapshot().value as SessionStatus)
    },
    statuses(): ReadonlyMap<string, SessionStatus> {
      spawnNew()
      const all = new Map<string, SessionStatus>()
      for (const [key, actor] of actors) all.set(key, actor.getSnapshot().value as SessionStatus)
      return all
    },
    snapshot: () => world,
    stop(): void {
      for (const actor of actors.values()) actor.stop()
    },
  }
}
