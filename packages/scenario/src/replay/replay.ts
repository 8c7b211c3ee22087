/**
 * `replay(scenario)`: the declared world built as an administrator would build it, then each
 * step run through the model on a simulation (sessions as xstate actors on the simulated
 * clock), recorded as a Trace. Pure and deterministic: the clock starts at `scenario.start`,
 * ids come from `scenario.seed`, and the same scenario gives the same bytes.
 */
import { createSimulation, isoInstant, type World } from '@hatrack/model'
import type { Scenario } from '../format/scenario.ts'
import type { Step } from '../format/steps.ts'
import type { Trace, TraceLocation, TraceStep } from '../trace/types.ts'
import { buildWorld } from './build/build-world.ts'
import { createEntityRegistry } from './entities.ts'
import { checkCheckpoint } from './checkpoints.ts'
import { checkExpectation } from './expectations.ts'
import { failed } from './outcome.ts'
import { runStep } from './run-step.ts'
import { newRecord, type ReplayState } from './state.ts'
import type { StepDraft } from './steps/draft.ts'
import { defineLazy } from '../util/lazy-property.ts'

/** How to replay. */
export interface ReplayOptions {
  /** Stop after this step (its id, or its 0-based index): later steps are left out. */
  readonly until?: string | number
}

/** A trace, and the world as it is after its last step. */
export interface ReplayResult {
  readonly trace: Trace
  readonly world: World
}

/** The code of a step Hatrack itself failed on (a bug in Hatrack, not in the scenario). */
export const INTERNAL_ERROR = 'HatrackInternalError'

function location(step: Step): TraceLocation {
  const { file, line, column } = step.location
  return file === undefined ? { line, column } : { file, line, column }
}

/** `isoInstant`, remembering the last instant: most steps happen at the same time as the last. */
function clockText(): (now: number) => string {
  let last = Number.NaN
  let text = ''
  return (now) => {
    if (now !== last) {
      last = now
      text = isoInstant(now)
    }
    return text
  }
}

function safely(state: ReplayState, step: Step): StepDraft {
  try {
    return runStep(state, step)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      outcome: failed({
        code: INTERNAL_ERROR,
        message: `Hatrack failed on this step (${reason}). This is a bug in Hatrack, not in the scenario: please report it with the file.`,
      }),
    }
  }
}

type Writable<T> = { -readonly [K in keyof T]?: T[K] }

function traceStep(state: ReplayState, step: Step, draft: StepDraft, at: string): TraceStep {
  // Assigned key by key, in a fixed order: the same bytes every time, and no spread copies.
  const out: Writable<TraceStep> = {}
  out.index = step.index
  out.id = step.id
  out.kind = step.kind
  defineLazy(out, 'location', () => location(step))
  if (step.chapter !== undefined) out.chapter = step.chapter
  if (step.say !== undefined) out.say = step.say
  out.at = at
  if (draft.actor !== undefined) out.actor = draft.actor
  if (draft.call !== undefined) out.call = draft.call
  out.outcome = draft.outcome
  if (draft.decision !== undefined) out.decision = draft.decision
  const extra = draft.decisions ?? []
  if (state.record.decisions.length > 0 || extra.length > 0)
    out.decisions =
      state.record.decisions.length === 0 ? extra : [...state.record.decisions, ...extra]
  const sessions: Writable<TraceStep['sessions']> = { created: state.record.created }
  if (draft.used !== undefined) sessions.used = draft.used
  sessions.expired = draft.expired ?? []
  out.sessions = sessions as TraceStep['sessions']
  out.changes = state.record.changes
  if (draft.output !== undefined) out.output = draft.output
  if (step.expect !== undefined)
    out.expectation = checkExpectation(state, step.expect, out as TraceStep)
  if (step.checkpoint !== undefined)
    out.checkpoint = checkCheckpoint(state, step.checkpoint, out as TraceStep)
  return out as TraceStep
}

function lastIndex(scenario: Scenario, until: string | number | undefined): number {
  if (until === undefined) return scenario.steps.length - 1
  if (typeof until === 'number') return Math.min(until, scenario.steps.length - 1)
  return scenario.steps.find((step) => step.id === until)?.index ?? scenario.steps.length - 1
}

/** Replays `scenario`: the trace, and the world after the last step replayed. */
export function replayWithWorld(scenario: Scenario, options: ReplayOptions = {}): ReplayResult {
  const entities = createEntityRegistry()
  const built = buildWorld(scenario, entities)
  const simulation = createSimulation(built.world)
  const state: ReplayState = {
    scenario,
    simulation,
    entities,
    resourceArns: built.resourceArns,
    anchorArns: built.anchorArns,
    profileArns: built.profileArns,
    organizationPolicies: built.organization.policies,
    organizationUnits: built.organization.units,
    slots: new Map(),
    sessionNames: new Map(),
    sessionsByName: new Map(),
    live: new Map(),
    cached: new Map(),
    sessionUsers: new Map(),
    step: 0,
    record: newRecord(),
  }
  const last = lastIndex(scenario, options.until)
  const clock = clockText()
  const steps: TraceStep[] = []
  let passed = 0
  let failedCount = 0
  const checkpoints = { passed: 0, failed: 0 }
  for (const step of scenario.steps) {
    if (step.index > last) break
    state.step = step.index
    state.record = newRecord()
    const draft = safely(state, step)
    const recorded = traceStep(state, step, draft, clock(simulation.snapshot().now))
    if (recorded.expectation !== undefined) {
      if (recorded.expectation.held) passed++
      else failedCount++
    }
    if (recorded.checkpoint !== undefined) {
      if (recorded.checkpoint.held) checkpoints.passed++
      else checkpoints.failed++
    }
    steps.push(recorded)
  }
  const world = simulation.snapshot()
  simulation.stop()
  const trace: Trace = {
    format: 'hatrack-trace',
    version: 1,
    scenario: {
      title: scenario.title,
      ...(scenario.summary === undefined ? {} : { summary: scenario.summary }),
      ...(scenario.fileName === undefined ? {} : { fileName: scenario.fileName }),
      start: isoInstant(scenario.start),
      seed: scenario.seed,
      region: scenario.region,
    },
    setup: { errors: [...built.errors] },
    entities: entities.views(),
    steps,
    summary: {
      steps: steps.length,
      expectations: { passed, failed: failedCount, unchecked: steps.length - passed - failedCount },
      setupErrors: built.errors.length,
      ...(checkpoints.passed + checkpoints.failed > 0 ? { checkpoints } : {}),
    },
  }
  return { trace, world }
}

/** Replays `scenario` into its Trace. Never throws on a loaded scenario. */
export function replay(scenario: Scenario, options: ReplayOptions = {}): Trace {
  return replayWithWorld(scenario, options).trace
}
