/**
 * The model's world after any step of a scenario, for details and the analysis (`-1`: no step,
 * the world as declared). Each world is computed once and kept.
 *
 * A replay to a step costs as much as the steps before it, so with the trace at hand most worlds
 * are derived instead: only steps that changed the world (`changes` not empty, as the analysis
 * along the trace assumes too) alter its accounts and organization; any other step only adds
 * sessions (STS calls) and moves the clock. The world after a step is then the world after the
 * last change before it (the final world itself when no change came after), with the sessions
 * issued until that step (every session ever issued stays in the final world: the model never
 * removes one) and the step's clock (`at`). Replays remain for the world after each change but
 * the last, and before the first step when a step changes the world. A derived world's `seed`
 * (the id generator's state) is the source's: nothing that reads these worlds draws ids.
 * `test/core/worlds.test.ts` checks the derived worlds against replays.
 */
import type { Session, World } from '@hatrack/model'
import { replayWithWorld, type Scenario, type Trace } from '@hatrack/scenario'

/** The world after a step (-1: before the first), memoized. */
export type WorldAfter = (step: number) => World

/** For each step, the last step at or before it that changed the world (-1: none). */
function lastChanges(trace: Trace): number[] {
  let last = -1
  return trace.steps.map((step, index) => (step.changes.length > 0 ? (last = index) : last))
}

/**
 * A memoized `worldAfter` for `scenario`; steps past the end give the world after the last.
 * `final`, when given, is the world after the last step (from the replay that made the trace);
 * with `trace` too, worlds are derived from it where they can be (see above).
 */
export function worldCache(scenario: Scenario, final?: World, trace?: Trace): WorldAfter {
  const last = scenario.steps.length - 1
  const worlds = new Map<number, World>(final === undefined ? [] : [[last, final]])
  const replayed = (step: number): World => {
    let world = worlds.get(step)
    if (world === undefined) {
      world = replayWithWorld(scenario, { until: step }).world
      worlds.set(step, world)
    }
    return world
  }
  if (final === undefined || trace === undefined || trace.steps.length !== last + 1)
    return (step) => replayed(clamp(step, last))

  const changes = lastChanges(trace)
  const lastChange = changes[last] ?? -1
  const createdBy = trace.steps.map((step) => step.sessions.created.map((view) => view.entity))
  // Sessions no step issued were there before the first step.
  const fromSteps = new Set(createdBy.flat())
  const declared = [...final.sessions.keys()].filter((id) => !fromSteps.has(id))

  const derived = (step: number): World | undefined => {
    const change = step < 0 ? -1 : (changes[step] ?? -1)
    const source = change === lastChange ? final : change === step ? undefined : replayed(change)
    const now =
      step < 0 ? Date.parse(trace.scenario.start) : Date.parse(trace.steps[step]?.at ?? '')
    if (source === undefined || !Number.isFinite(now)) return undefined
    const issued = new Set(source === final ? declared : source.sessions.keys())
    for (let index = source === final ? 0 : change + 1; index <= step; index++)
      for (const id of createdBy[index] ?? []) issued.add(id)
    const sessions = new Map<string, Session>()
    for (const [id, session] of final.sessions)
      if (issued.has(id)) sessions.set(id, source.sessions.get(id) ?? session)
    // A session the final world lacks would break the model's promise: replay instead.
    if (sessions.size !== issued.size) return undefined
    return { ...source, now, sessions }
  }
  return (step) => {
    const key = clamp(step, last)
    let world = worlds.get(key)
    if (world === undefined) {
      world = derived(key) ?? replayed(key)
      worlds.set(key, world)
    }
    return world
  }
}

/** A step number as a key: whole, from -1 to `last` (anything else: `last`). */
function clamp(step: number, last: number): number {
  return Number.isFinite(step) ? Math.max(-1, Math.min(Math.trunc(step), last)) : last
}
