import { describe, expect, it } from 'vitest'
import { load, replayWithWorld } from '@hatrack/scenario'
import { worldCache } from '../../src/core/worlds.ts'
import { scenarioFiles, scenarioText } from './library.ts'

/**
 * A world as plain values: its sessions as entries (the model keeps them in its own map class),
 * without the id generator's state, which only replays keep.
 */
function comparable(world: ReturnType<ReturnType<typeof worldCache>>) {
  const { seed: _seed, sessions, ...rest } = world
  return { ...rest, sessions: [...sessions] }
}

describe('worlds derived from the trace', () => {
  it.each(scenarioFiles)('%s: each is the world a replay to that step gives', (name) => {
    const loaded = load(scenarioText(name), { fileName: name })
    if (!loaded.ok) throw new Error(`${name} does not load`)
    const { trace, world } = replayWithWorld(loaded.scenario)
    const replayed = worldCache(loaded.scenario)
    const derived = worldCache(loaded.scenario, world, trace)
    for (let step = -1; step < trace.steps.length; step++)
      expect(comparable(derived(step)), `after step ${step}`).toEqual(comparable(replayed(step)))
  })
})
