/** Finding a step of a trace by its id or its 0-based index. */
import type { Trace, TraceStep } from './types.ts'

/**
 * The step `at` names: its id (`list-roles`), or its 0-based index (a number, or digits that
 * are not some step's id); `undefined` when there is none.
 */
export function stepAt(trace: Trace, at: string | number): TraceStep | undefined {
  if (typeof at === 'number') return Number.isInteger(at) ? trace.steps[at] : undefined
  const byId = trace.steps.find((step) => step.id === at)
  if (byId !== undefined) return byId
  return /^\d+$/.test(at) ? trace.steps[Number(at)] : undefined
}
