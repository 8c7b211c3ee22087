/**
 * What every command does last: the invariants, and after a successful IAM change the analysis
 * invariant (the analysis reads IAM only: sessions, the clock and a refused change, which leaves
 * the world as it was, cannot change its answer for the unconditioned policies the test
 * generates). Nothing is checked on the determinism replay.
 */
import { checkAnalysis } from '../analysis-invariant.ts'
import { checkInvariants } from '../invariants.ts'
import type { Reference } from '../reference/reference.ts'
import type { Real } from '../system.ts'

/** Checks the invariants after a command; `iamChanged` (IAM changed) adds the analysis invariant. */
export function afterCommand(model: Reference, real: Real, iamChanged: boolean): void {
  if (!real.checks) return
  checkInvariants(model, real)
  if (iamChanged && real.analysis) checkAnalysis(model, real)
}
