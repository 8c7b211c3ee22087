import { describe, expect, it, vi } from 'vitest'
import { createCoreWarmer, type IdleClock } from '../../src/core/lazy.ts'
import { core } from '../../src/core/index.ts'
import type { Core } from '../../src/core/types.ts'
import { createWarmUp, WARM_UP_SCENARIO } from '../../src/core/warm-up.ts'

describe('the warm-up scenario', () => {
  it('loads, and goes through an assumed role, an allowed request and a denied one', () => {
    const result = core.loadScenario(WARM_UP_SCENARIO)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.warnings).toEqual([])
    const glyphs = result.loaded.frames.frames.map((frame) => frame.call?.glyph)
    expect(glyphs).toEqual(['✓', '✓', '✗'])
  })
})

describe('createWarmUp', () => {
  const fakeLoad = () => vi.fn<Core['loadScenario']>(core.loadScenario)

  it('runs the warm-up scenario once', () => {
    const load = fakeLoad()
    const warmUp = createWarmUp(load, () => false)
    expect(warmUp.warm()).toBe(true)
    expect(load).toHaveBeenCalledExactlyOnceWith(WARM_UP_SCENARIO)
    expect(warmUp.warm()).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('does nothing once a scenario was loaded: the code is compiled by then', () => {
    const load = fakeLoad()
    const warmUp = createWarmUp(load, () => true)
    expect(warmUp.warm()).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it('keeps a failure to itself: a real load reports it', () => {
    const warmUp = createWarmUp(
      () => {
        throw new Error('broken')
      },
      () => false,
    )
    expect(warmUp.warm()).toBe(true)
  })

  it('learns of every load: a challenge check, a trace, a player', async () => {
    for (const load of ['check', 'trace', 'scenario'] as const) {
      vi.resetModules()
      const first = await import('../../src/core/first-load.ts')
      const fresh = await import('../../src/core/index.ts')
      expect(first.loadedBefore()).toBe(false)
      if (load === 'check') fresh.core.tutorial?.checkEdit({ base: '', text: WARM_UP_SCENARIO })
      if (load === 'trace') fresh.core.loadTrace({} as never)
      if (load === 'scenario') fresh.core.loadScenario(WARM_UP_SCENARIO)
      expect(first.loadedBefore()).toBe(true)
      expect(fresh.core.warmUp?.()).toBe(false)
    }
  })

  it("is the core's own: it runs once on a fresh core", async () => {
    vi.resetModules()
    const fresh = await import('../../src/core/index.ts')
    expect(fresh.core.warmUp?.()).toBe(true)
    expect(fresh.core.warmUp?.()).toBe(false)
  })
})

describe('createCoreWarmer', () => {
  const setup = () => {
    const warmUp = vi.fn(() => true)
    const load = vi.fn(() => Promise.resolve({ ...core, warmUp }))
    const idle: (() => void)[] = []
    const clock: IdleClock = {
      requestIdleCallback: (callback) => idle.push(callback),
      setTimeout: () => 0,
    }
    return { warmUp, load, idle, clock, warmer: createCoreWarmer(load) }
  }

  it('imports the core and warms it when the page is idle, once', async () => {
    const { warmUp, load, idle, clock, warmer } = setup()
    warmer(clock)
    warmer(clock)
    await Promise.resolve()
    expect(load).toHaveBeenCalledTimes(1)
    expect(warmUp).not.toHaveBeenCalled()
    expect(idle).toHaveLength(1)
    idle[0]?.()
    expect(warmUp).toHaveBeenCalledTimes(1)
  })

  it('falls back on a timer where there is no idle callback, and does nothing without a window', async () => {
    const { warmUp, warmer, load } = setup()
    warmer(null)
    expect(load).not.toHaveBeenCalled()
    const timers: (() => void)[] = []
    warmer({ setTimeout: (callback) => timers.push(callback) })
    await Promise.resolve()
    expect(timers).toHaveLength(1)
    timers[0]?.()
    expect(warmUp).toHaveBeenCalledTimes(1)
  })

  it('tries again after an import failed', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')))
    const warmer = createCoreWarmer(load)
    const clock: IdleClock = { setTimeout: () => 0 }
    warmer(clock)
    await new Promise((resolve) => setTimeout(resolve, 0))
    warmer(clock)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
