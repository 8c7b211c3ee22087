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
    const warmUp = createWarmUp(load)
    expect(warmUp.warm()).toBe(true)
    expect(load).toHaveBeenCalledExactlyOnceWith(WARM_UP_SCENARIO)
    expect(warmUp.warm()).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('does nothing once a real scenario was loaded: the code is compiled by then', () => {
    const load = fakeLoad()
    const warmUp = createWarmUp(load)
    warmUp.noteLoad()
    expect(warmUp.warm()).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it("is what the core's warmUp does: nothing after the core loaded a scenario", () => {
    core.loadScenario(WARM_UP_SCENARIO)
    expect(core.warmUp?.()).toBe(false)
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
