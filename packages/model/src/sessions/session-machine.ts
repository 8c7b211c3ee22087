/**
 * A session as an xstate actor: `active` until its expiration, then `expired` for good
 * (iam-facts §10). The expiry is an `after` delay of `expiresAt − issuedAt` from when the actor
 * starts (less, when it starts later than the session was issued), so under xstate's
 * `SimulatedClock` the actor expires exactly when the world's clock reaches `expiresAt` — the
 * instant from which the pure functions answer `ExpiredToken`.
 */
import { setup } from 'xstate'

/** What a session actor starts from. */
export interface SessionActorInput {
  readonly accessKeyId: string
  readonly issuedAt: number
  readonly expiresAt: number
  /** The clock's time when the actor starts; `issuedAt` for a session just issued. */
  readonly startedAt: number
}

/** The session machine: `active` → `expired`. */
export const sessionMachine = setup({
  types: {
    context: {} as SessionActorInput,
    input: {} as SessionActorInput,
  },
  guards: {
    /** A session that had already expired when its actor started (a world loaded late). */
    expiredAtStart: ({ context }) => context.expiresAt <= context.startedAt,
  },
  delays: {
    untilExpiry: ({ context }) =>
      Math.max(0, context.expiresAt - Math.max(context.issuedAt, context.startedAt)),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => input,
  initial: 'active',
  states: {
    active: {
      always: { guard: 'expiredAtStart', target: 'expired' },
      after: { untilExpiry: 'expired' },
    },
    expired: { type: 'final' },
  },
})

/** The states a session actor can be in. */
export type SessionStatus = 'active' | 'expired'
