/**
 * The world after a step, for `hatrack graph --at STEP`: the scenario replayed through that step
 * (`0` before the first step; by default through the last).
 */
import { isoInstant, type World } from '@hatrack/model'
import { replayWithWorld, type Scenario } from '@hatrack/scenario'
import type { GraphMoment } from './view.ts'

/** The world after a step, or the step ids when `at` names none. */
export type WorldAt =
  | { readonly status: 'ok'; readonly world: World; readonly at: GraphMoment }
  | { readonly status: 'noSuchStep'; readonly ids: readonly string[] }

/** The 0-based index of the last step to replay: `-1` for none, `undefined` for no such step. */
function lastStep(scenario: Scenario, at: string | undefined): number | undefined {
  if (at === undefined) return scenario.steps.length - 1
  const byId = scenario.steps.find((step) => step.id === at)
  if (byId !== undefined) return byId.index
  if (!/^\d+$/.test(at)) return undefined
  const number = Number(at)
  return number <= scenario.steps.length ? number - 1 : undefined
}

/** The world after the step `at` (an id, or a number; `0` before the first), or after the last. */
export function worldAfter(scenario: Scenario, at: string | undefined): WorldAt {
  const last = lastStep(scenario, at)
  if (last === undefined)
    return { status: 'noSuchStep', ids: scenario.steps.map((step) => step.id) }
  const { world } = replayWithWorld(scenario, { until: last })
  const step = scenario.steps[last]
  return {
    status: 'ok',
    world,
    at: {
      ...(step === undefined ? {} : { step: { id: step.id, number: last + 1 } }),
      time: isoInstant(world.now),
    },
  }
}
