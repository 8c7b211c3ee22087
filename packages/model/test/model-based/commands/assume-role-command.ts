/**
 * `AssumeRole` as a user, a root user or an existing session (role chaining), with a
 * `DurationSeconds` that straddles every limit (899, 900, 3,600, 3,601, the role's maximum and
 * one more, 43,200, 43,201, or none) and an optional session policy (iam-facts §9–11).
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { assumeRole } from '../../../src/sts/assume-role.ts'
import type { Reference } from '../reference/reference.ts'
import { accessDeniedPrefix } from '../reference/caller-arn.ts'
import { expectAssumeRole } from '../reference/expectations.ts'
import { callerOf, expectOutcome, record, type Real } from '../system.ts'
import { allowDocument, roleArn } from '../vocabulary.ts'
import { afterCommand } from './after.ts'
import { accountLabel, canResolve, resolveCaller, showCaller, type CallerPick } from './callers.ts'

/** A `DurationSeconds`: a number, the target role's maximum (or one more), or none. */
export type DurationPick = number | 'max' | 'max+1' | undefined

/** Durations around every limit: 900, one hour, the role's maximum, 43,200. */
export const durationPick: fc.Arbitrary<DurationPick> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom<DurationPick>(899, 900, 3600, 3601, 'max', 'max+1') },
  { weight: 1, arbitrary: fc.constantFrom<DurationPick>(900, 3600, 'max', 43200, 43201) },
)

/** One `AssumeRole` call. */
export class AssumeRoleCommand implements fc.Command<Reference, Real> {
  constructor(
    readonly caller: CallerPick,
    readonly target: { readonly account: string; readonly name: string },
    readonly duration: DurationPick,
    readonly sessionPolicy: readonly string[] | undefined,
  ) {}

  check(model: Readonly<Reference>): boolean {
    return canResolve(model, this.caller)
  }

  run(model: Reference, real: Real): void {
    const caller = resolveCaller(model, this.caller)
    const max = model.role(this.target.account, this.target.name)?.max ?? 3600
    const duration =
      this.duration === 'max' ? max : this.duration === 'max+1' ? max + 1 : this.duration
    const sessionName = `s${model.sessions.length}`
    const label = `${this.toString()} as ${JSON.stringify(caller)}, DurationSeconds ${duration}`
    const { expected, session } = expectAssumeRole(
      model,
      caller,
      this.target,
      duration,
      this.sessionPolicy,
      sessionName,
    )
    const arn = roleArn(this.target.account, this.target.name)
    const outcome = real.simulation.run((w) =>
      assumeRole(w, callerOf(real, caller), {
        roleArn: arn,
        roleSessionName: sessionName,
        ...(duration === undefined ? {} : { durationSeconds: duration }),
        ...(this.sessionPolicy === undefined
          ? {}
          : { policy: JSON.stringify(allowDocument(this.sessionPolicy)) }),
      }),
    )
    record(real, label, outcome)
    expectOutcome(outcome, expected, label)
    if (
      outcome.status === 'error' &&
      expected.status === 'error' &&
      expected.message === undefined
    ) {
      // An unauthorized call is refused in AWS's words (iam-facts §9, §14).
      const prefix = accessDeniedPrefix(model, caller, 'sts:AssumeRole', arn)
      if (expected.code === 'AccessDenied' && !outcome.error.message.startsWith(prefix))
        expect(outcome.error.message, label).toBe(`${prefix} …`)
    }
    if (outcome.status === 'ok' && session) {
      const { credentials, assumedRoleUser } = outcome.value
      expect(credentials.accessKeyId, label).toMatch(/^ASIA/)
      expect(credentials.expiration, label).toBe(session.expiresAt)
      expect(assumedRoleUser.arn, label).toBe(
        `arn:aws:sts::${this.target.account}:assumed-role/${this.target.name}/${sessionName}`,
      )
      model.sessions.push(session)
      real.keys.push(credentials.accessKeyId)
    }
    afterCommand(model, real, false)
  }

  toString(): string {
    const role = `${this.target.name}@${accountLabel(this.target.account)}`
    const policy = this.sessionPolicy ? `, session policy [${this.sessionPolicy.join(', ')}]` : ''
    return `AssumeRole(${showCaller(this.caller)} → ${role}, ${String(this.duration)}${policy})`
  }
}
