/**
 * Advancing the simulated clock by a number of seconds, picked to land on and around session
 * expirations (a session of 900 s, one hour, the role maximum of 43,200 s).
 */
import fc from 'fast-check'
import type { Reference } from '../reference/reference.ts'
import { record, type Real } from '../system.ts'
import { afterCommand } from './after.ts'

/** Steps that cross expirations exactly, just before and just after. */
export const advanceSeconds = fc.oneof(
  fc.constantFrom(0, 1, 899, 900, 901, 1800, 3599, 3600, 3601, 7200, 43199, 43200),
  fc.integer({ min: 0, max: 50_000 }),
)

/** One step of the clock. */
export class AdvanceCommand implements fc.Command<Reference, Real> {
  constructor(readonly seconds: number) {}

  check(): boolean {
    return true
  }

  run(model: Reference, real: Real): void {
    model.now += this.seconds * 1000
    real.simulation.advance(this.seconds * 1000)
    record(real, this.toString(), { now: real.simulation.snapshot().now })
    afterCommand(model, real, false)
  }

  toString(): string {
    return `Advance(${this.seconds} s)`
  }
}
