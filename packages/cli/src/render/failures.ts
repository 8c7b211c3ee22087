/** The differences of a failed expectation worth listing under its one-line detail. */
import type { ExpectationResult } from '@hatrack/scenario'

/** `result.failures`, unless the only one is the detail itself. */
export function extraFailures(
  result: Pick<ExpectationResult, 'detail' | 'failures'>,
): readonly string[] {
  const [only, ...others] = result.failures
  return others.length === 0 && only === result.detail ? [] : result.failures
}
