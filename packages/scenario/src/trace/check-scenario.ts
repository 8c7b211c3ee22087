/**
 * The verdict on a trace's expectations, for `hatrack check`: how many held, how many failed,
 * and each one with its step and place in the file. A declaration the model refused while
 * building the world also makes the scenario fail (`ok` is false), since its steps then run
 * in another world than the one written.
 */
import type { Trace, TraceLocation } from './types.ts'

/** One expectation's verdict. */
export interface ExpectationVerdict {
  readonly index: number
  readonly id: string
  readonly location: TraceLocation
  readonly held: boolean
  /** "as expected", or what differed. */
  readonly detail: string
  readonly failures: readonly string[]
}

/** The verdict on a whole trace. */
export interface ScenarioVerdict {
  /** Every expectation held and the world was built as declared. */
  readonly ok: boolean
  readonly passed: number
  readonly failed: number
  readonly setupErrors: number
  /** One per step with an expectation, in step order. */
  readonly results: readonly ExpectationVerdict[]
}

/** Collects the expectations of `trace`. */
export function checkScenario(trace: Trace): ScenarioVerdict {
  const results: ExpectationVerdict[] = []
  for (const step of trace.steps) {
    if (step.expectation === undefined) continue
    results.push({
      index: step.index,
      id: step.id,
      location: step.location,
      held: step.expectation.held,
      detail: step.expectation.detail,
      failures: step.expectation.failures,
    })
  }
  const passed = results.filter((result) => result.held).length
  const failed = results.length - passed
  const setupErrors = trace.setup.errors.length
  return { ok: failed === 0 && setupErrors === 0, passed, failed, setupErrors, results }
}
