/** Finding a step by its id or its number (1 for the first). */
import type { TraceStep } from '@hatrack/scenario'

/** The step whose id is `wanted`, else whose number is; `undefined` when none. */
export function findStep(steps: readonly TraceStep[], wanted: string): TraceStep | undefined {
  const byId = steps.find((step) => step.id === wanted)
  if (byId !== undefined) return byId
  if (!/^[1-9]\d*$/.test(wanted)) return undefined
  return steps[Number(wanted) - 1]
}
