/**
 * For an implicit deny, the `Allow` statements that came closest to allowing: first those whose
 * action matched, then those whose resource matched too, then principal, then fewest failing
 * conditions; document order breaks ties.
 */
import type { NearMiss } from '../types.ts'
import type { RequestEnv } from '../evaluate/env.ts'
import { mismatchesOf, type StatementCheck } from './check.ts'

/** How many near misses a gate reports. */
export const CLOSEST_LIMIT = 3

/** The closest non-applicable `Allow` statements among `checks`, best first. */
export function closestAllows(checks: readonly StatementCheck[], env: RequestEnv): NearMiss[] {
  return checks
    .filter((check) => check.statement.allow && !check.applies)
    .map((check, order) => ({ check, order }))
    .sort((a, b) => b.check.closeness - a.check.closeness || a.order - b.order)
    .slice(0, CLOSEST_LIMIT)
    .map(({ check }) => ({ statement: check.statement.ref, mismatches: mismatchesOf(check, env) }))
}
