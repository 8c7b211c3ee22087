import { describe, expect, it } from 'vitest'
import { afterPaint, type PaintClock } from '../../src/player/after-paint.ts'

/** A clock whose frames and timers run only when the test says so. */
function fakeClock(visibilityState = 'visible') {
  let next = 1
  const frames = new Map<number, () => void>()
  const timers = new Map<number, { run: () => void; ms: number }>()
  const clock: PaintClock = {
    requestAnimationFrame(callback) {
      frames.set(next, callback)
      return next++
    },
    cancelAnimationFrame(handle) {
      frames.delete(handle)
    },
    setTimeout(callback, ms = 0) {
      timers.set(next, { run: callback, ms })
      return next++
    },
    clearTimeout(handle) {
      timers.delete(handle)
    },
    document: { visibilityState },
  }
  return {
    clock,
    /** Runs the pending animation frames. */
    frame() {
      const due = [...frames.values()]
      frames.clear()
      for (const run of due) run()
    },
    /** Runs the pending timers of at most `ms` milliseconds. */
    timers(ms: number) {
      for (const [handle, timer] of [...timers])
        if (timer.ms <= ms) {
          timers.delete(handle)
          timer.run()
        }
    },
    pending: () => frames.size + timers.size,
  }
}

describe('afterPaint', () => {
  it('runs in a task after the next animation frame, once', () => {
    const fake = fakeClock()
    let runs = 0
    afterPaint(fake.clock, () => runs++)
    expect(runs).toBe(0)
    fake.timers(0)
    expect(runs).toBe(0) // no frame yet: the zero-delay task is queued from the frame
    fake.frame()
    expect(runs).toBe(0) // the frame is painted after its callbacks: not yet
    fake.timers(0)
    expect(runs).toBe(1)
    expect(fake.pending()).toBe(0) // the fallback timer is cleared
    fake.timers(Infinity)
    expect(runs).toBe(1)
  })

  it('runs on the fallback timer when no frame comes, and not again after a late frame', () => {
    const fake = fakeClock()
    let runs = 0
    afterPaint(fake.clock, () => runs++, 100)
    fake.timers(100)
    expect(runs).toBe(1)
    fake.frame()
    fake.timers(Infinity)
    expect(runs).toBe(1)
  })

  it('runs at once in a hidden document, or without a window', () => {
    let runs = 0
    afterPaint(fakeClock('hidden').clock, () => runs++)
    expect(runs).toBe(1)
    afterPaint(null, () => runs++)
    expect(runs).toBe(2)
  })

  it('never runs once cancelled', () => {
    const fake = fakeClock()
    let runs = 0
    const cancel = afterPaint(fake.clock, () => runs++)
    fake.frame()
    cancel()
    fake.timers(Infinity)
    fake.frame()
    expect(runs).toBe(0)
    expect(fake.pending()).toBe(0)
  })
})
