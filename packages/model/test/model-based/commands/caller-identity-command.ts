/**
 * `GetCallerIdentity`: never authorized, so it answers every live caller; only unknown or
 * expired credentials fail (iam-facts §10). The answer is the caller's ARN, account and user
 * id (`AIDA…`, `AROA…:SESSION`, the account id for the root user; iam-facts §2);
 * `GetSessionToken` credentials answer as their user.
 */
import type fc from 'fast-check'
import { expect } from 'vitest'
import { getCallerIdentity } from '../../../src/sts/get-caller-identity.ts'
import { findRole, findUser } from '../../../src/world/find-entity.ts'
import type { Reference } from '../reference/reference.ts'
import { credentialError, sessionOf } from '../reference/sts-rules.ts'
import { callerOf, record, type Real } from '../system.ts'
import { afterCommand } from './after.ts'
import { canResolve, resolveCaller, showCaller, type CallerPick } from './callers.ts'

/** One `GetCallerIdentity` call. */
export class CallerIdentityCommand implements fc.Command<Reference, Real> {
  constructor(readonly caller: CallerPick) {}

  check(model: Readonly<Reference>): boolean {
    return canResolve(model, this.caller)
  }

  run(model: Reference, real: Real): void {
    const caller = resolveCaller(model, this.caller)
    const label = `${this.toString()} as ${JSON.stringify(caller)}`
    const world = real.simulation.snapshot()
    const outcome = getCallerIdentity(world, callerOf(real, caller))
    record(real, label, outcome)
    const failure = credentialError(model, caller)
    expect(outcome.status === 'error' ? outcome.error.code : 'ok', label).toBe(failure ?? 'ok')
    if (outcome.status === 'ok') {
      const expected = (() => {
        switch (caller.kind) {
          case 'root':
            return {
              arn: `arn:aws:iam::${caller.account}:root`,
              account: caller.account,
              userId: caller.account,
            }
          case 'user':
            return {
              arn: `arn:aws:iam::${caller.account}:user/${caller.name}`,
              account: caller.account,
              userId: findUser(world, caller.account, caller.name)?.id,
            }
          case 'session': {
            const session = sessionOf(model, caller.index)
            if (session.kind === 'token') {
              const user = session.user && findUser(world, session.account, session.user.name)
              return {
                arn: user?.arn ?? `arn:aws:iam::${session.account}:root`,
                account: session.account,
                userId: user?.id ?? session.account,
              }
            }
            const role = findRole(world, session.roleAccount, session.roleName)
            return {
              arn: `arn:aws:sts::${session.roleAccount}:assumed-role/${session.roleName}/${session.sessionName}`,
              account: session.roleAccount,
              userId: `${role?.id ?? 'AROA?'}:${session.sessionName}`,
            }
          }
        }
      })()
      expect(outcome.value, label).toEqual(expected)
    }
    afterCommand(model, real, false)
  }

  toString(): string {
    return `GetCallerIdentity(${showCaller(this.caller)})`
  }
}
