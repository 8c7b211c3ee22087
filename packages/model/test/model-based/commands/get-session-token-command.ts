/**
 * `GetSessionToken` by a user, a root user or (refused) temporary credentials, with a
 * `DurationSeconds` around its limits: 899, 900, 3,600, 3,601, 43,200, 129,600, 129,601 or none
 * (iam-facts §10). The credentials it issues are their user's: assuming a role with them is
 * role chaining (iam-facts §10, observed), capped at one hour.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { getSessionToken } from '../../../src/sts/get-session-token.ts'
import { expectGetSessionToken } from '../reference/expectations.ts'
import type { Reference } from '../reference/reference.ts'
import { callerOf, expectOutcome, record, type Real } from '../system.ts'
import { afterCommand } from './after.ts'
import { canResolve, resolveCaller, showCaller, type CallerPick } from './callers.ts'

/** Durations around the limits of `GetSessionToken`. */
export const tokenDuration: fc.Arbitrary<number | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(899, 900, 3600, 3601, 43200, 129600, 129601) },
)

/** One `GetSessionToken` call. */
export class GetSessionTokenCommand implements fc.Command<Reference, Real> {
  constructor(
    readonly caller: CallerPick,
    readonly duration: number | undefined,
  ) {}

  check(model: Readonly<Reference>): boolean {
    return canResolve(model, this.caller)
  }

  run(model: Reference, real: Real): void {
    const caller = resolveCaller(model, this.caller)
    const label = `${this.toString()} as ${JSON.stringify(caller)}`
    const { expected, session } = expectGetSessionToken(model, caller, this.duration)
    const outcome = real.simulation.run((w) =>
      getSessionToken(
        w,
        callerOf(real, caller),
        this.duration === undefined ? {} : { durationSeconds: this.duration },
      ),
    )
    record(real, label, outcome)
    expectOutcome(outcome, expected, label)
    if (outcome.status === 'ok' && session) {
      const { credentials } = outcome.value
      expect(credentials.accessKeyId, label).toMatch(/^ASIA/)
      expect(credentials.expiration, label).toBe(session.expiresAt)
      model.sessions.push(session)
      real.keys.push(credentials.accessKeyId)
    }
    afterCommand(model, real, false)
  }

  toString(): string {
    return `GetSessionToken(${showCaller(this.caller)}, ${String(this.duration)})`
  }
}
