/**
 * A request for one action of the vocabulary on `*`, by a user, a root user or a session: the
 * model's decision (or credential error) must be the reference's: `ExpiredToken` from the
 * session's expiration on, a session's role ∩ session policy, a user's own policy, the root
 * user allowed (iam-facts §7, §10); a denial says so in AWS's words, `User: <arn> is not
 * authorized to perform: <action> on resource: *` (iam-facts §14).
 */
import type fc from 'fast-check'
import { expect } from 'vitest'
import { authorize } from '../../../src/request/authorize.ts'
import type { Reference } from '../reference/reference.ts'
import { accessDeniedPrefix } from '../reference/caller-arn.ts'
import { expectRequest } from '../reference/expectations.ts'
import { callerOf, record, type Real } from '../system.ts'
import { afterCommand } from './after.ts'
import { canResolve, resolveCaller, showCaller, type CallerPick } from './callers.ts'

/** One request. */
export class RequestCommand implements fc.Command<Reference, Real> {
  constructor(
    readonly caller: CallerPick,
    readonly action: string,
  ) {}

  check(model: Readonly<Reference>): boolean {
    return canResolve(model, this.caller)
  }

  run(model: Reference, real: Real): void {
    const caller = resolveCaller(model, this.caller)
    const label = `${this.toString()} as ${JSON.stringify(caller)}`
    const expected = expectRequest(model, caller, this.action)
    const answer = authorize(real.simulation.snapshot(), callerOf(real, caller), {
      action: this.action,
      resource: '*',
    })
    record(real, label, answer)
    const actual =
      answer.status === 'error'
        ? { status: 'error', code: answer.error.code }
        : { status: 'decided', allowed: answer.decision.decision === 'allowed' }
    expect(
      actual,
      `${label}: ${answer.status === 'decided' ? answer.decision.message : ''}`,
    ).toEqual(expected)
    if (answer.status === 'decided' && answer.decision.decision !== 'allowed') {
      const prefix = accessDeniedPrefix(model, caller, this.action, '*')
      expect(
        answer.decision.message.startsWith(prefix),
        `${label}: ${answer.decision.message}`,
      ).toBe(true)
    }
    afterCommand(model, real, false)
  }

  toString(): string {
    return `Request(${showCaller(this.caller)}, ${this.action})`
  }
}
