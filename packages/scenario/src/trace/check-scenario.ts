/**
 * The verdict on a trace's expectations, for `hatrack check`: how many held, how many failed,
 * and each one with its step and place in the file. A prediction checkpoint counts as one more
 * expectation: it fails when the replay does not confirm its answer. A declaration the model
 * refused while building the world also makes the scenario fail (`ok` is false), since its
 * steps then run in another world than the one written.
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
  /** `true` for a checkpoint's verdict (its detail says what disagrees with the answer). */
  readonly checkpoint?: boolean
}

/** The verdict on a whole trace. */
export interface ScenarioVerdict {
  /** Every expectation held and the world was built as declared. */
  readonly ok: boolean
  readonly passed: number
  readonly failed: number
  readonly setupErrors: number
  /** One per step with an expectation, then one per checkpoint of that step, in step order. */
  readonly results: readonly ExpectationVerdict[]
}

/** Collects the expectations of `trace`. */
export function checkScenario(trace: Trace): ScenarioVerdict {
  const results: ExpectationVerdict[] = []
  for (const step of trace.steps) {
    const place = { index: step.index, id: step.id, location: step.location }
    if (step.expectation !== undefined) {
      const { held, detail, failures } = step.expectation
      results.push({ ...place, held, detail, failures })
    }
    if (step.checkpoint !== undefined) {
      const { held, failures } = step.checkpoint
      const detail = held ? step.checkpoint.detail : `checkpoint: ${step.checkpoint.detail}`
      results.push({ ...place, held, detail, failures, checkpoint: true })
    }
  }
  const passed = results.filter((result) => result.held).length
  const failed = results.length - passed
  const setupErrors = trace.setup.errors.length
  return { ok: failed === 0 && setupErrors === 0, passed, failed, setupErrors, results }
}
