/**
 * The model's world after any step of a scenario, for details and the analysis: the scenario
 * replayed until that step (`-1`: no step, the world as declared). Each world is computed once
 * and kept.
 */
import type { World } from '@hatrack/model'
import { replayWithWorld, type Scenario } from '@hatrack/scenario'

/** The world after a step (-1: before the first), memoized. */
export type WorldAfter = (step: number) => World

/**
 * A memoized `worldAfter` for `scenario`; steps past the end give the world after the last.
 * `final`, when given, is the world after the last step (from the replay that made the trace).
 */
export function worldCache(scenario: Scenario, final?: World): WorldAfter {
  const last = scenario.steps.length - 1
  const worlds = new Map<number, World>(final === undefined ? [] : [[last, final]])
  return (step) => {
    const key = Number.isFinite(step) ? Math.max(-1, Math.min(Math.trunc(step), last)) : last
    let world = worlds.get(key)
    if (world === undefined) {
      world = replayWithWorld(scenario, { until: key }).world
      worlds.set(key, world)
    }
    return world
  }
}
