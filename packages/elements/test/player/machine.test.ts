/**
 * The player's machine walked by random event sequences (fast-check `commands`) against a tiny
 * reference model written for clarity, plus named cases for the rules a reader relies on.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createActor, type Actor } from 'xstate'
import type { ElementError } from '../../src/core/types.ts'
import { playerMachine, type PlayerEvent, type PlayerState } from '../../src/player/machine.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

type Real = Actor<typeof playerMachine>

/** The reference: what a reader expects of a player, one rule per line. */
interface Model {
  state: PlayerState
  step: number
  stepCount: number
  speed: number
  loop: boolean
  chapters: number[]
}

const failure: ElementError = { type: 'parse', message: 'bad', line: 1, column: 2 }

const isLoaded = (m: Model): boolean =>
  m.state === 'ready' || m.state === 'playing' || m.state === 'ended'
const lastOf = (m: Model): number => Math.max(0, m.stepCount - 1)
const inside = (m: Model, s: number): number =>
  Number.isNaN(s) ? 0 : Math.min(lastOf(m), Math.max(0, Math.trunc(s)))

/** Applies one event to the model; returns whether the step moved one forward by NEXT or TICK. */
function apply(m: Model, e: PlayerEvent): boolean {
  const before = m.step
  switch (e.type) {
    case 'LOAD':
      m.state = 'loading'
      return false
    case 'LOADED':
      if (m.state !== 'loading') return false
      m.stepCount = Math.max(0, Math.trunc(e.stepCount))
      m.step = inside(m, e.step ?? 0)
      m.chapters = [...new Set(e.chapters)]
        .filter((c) => Number.isInteger(c) && c >= 0 && c < m.stepCount)
        .sort((a, b) => a - b)
      m.state = 'ready'
      return false
    case 'FAILED':
      if (m.state === 'loading') m.state = 'error'
      return false
    case 'PLAY':
      if (m.stepCount === 0) return false
      if (m.state === 'ended' || (m.state === 'ready' && m.step === lastOf(m))) m.step = 0
      if (m.state === 'ready' || m.state === 'ended') m.state = 'playing'
      return false
    case 'PAUSE':
      if (m.state === 'playing' || m.state === 'ended') m.state = 'ready'
      return false
    case 'TICK':
      if (m.state !== 'playing') return false
      if (m.step < lastOf(m)) {
        m.step += 1
        return true
      }
      if (m.loop) m.step = 0
      else m.state = 'ended'
      return false
    case 'SET_SPEED':
      if (Number.isFinite(e.speed) && e.speed > 0) m.speed = e.speed
      return false
    case 'SET_LOOP':
      m.loop = e.loop
      return false
    default: {
      if (!isLoaded(m)) return false
      const step =
        e.type === 'NEXT'
          ? inside(m, m.step + 1)
          : e.type === 'PREV'
            ? inside(m, m.step - 1)
            : e.type === 'FIRST'
              ? 0
              : e.type === 'LAST'
                ? lastOf(m)
                : e.type === 'SEEK'
                  ? Number.isNaN(e.step)
                    ? 0
                    : inside(m, e.step === Infinity ? lastOf(m) : e.step)
                  : e.type === 'NEXT_CHAPTER'
                    ? (m.chapters.find((c) => c > m.step) ?? m.step)
                    : ([...m.chapters].reverse().find((c) => c < m.step) ?? 0)
      m.step = step
      m.state = 'ready'
      return e.type === 'NEXT' && step === before + 1
    }
  }
}

class Send implements fc.Command<Model, Real> {
  constructor(readonly event: PlayerEvent) {}
  check(): boolean {
    return true
  }
  run(m: Model, real: Real): void {
    const previous = m.state
    const advanced = apply(m, this.event)
    real.send(this.event)
    const snap = real.getSnapshot()
    const c = snap.context
    expect(snap.value).toBe(m.state)
    expect(c.step).toBe(m.step)
    expect(c.stepCount).toBe(m.stepCount)
    expect(c.speed).toBe(m.speed)
    expect(c.loop).toBe(m.loop)
    if (isLoaded(m)) expect(c.chapters).toEqual(m.chapters)
    // The invariants, stated apart from the model.
    expect(c.step).toBeGreaterThanOrEqual(0)
    expect(c.step).toBeLessThanOrEqual(Math.max(0, c.stepCount - 1))
    expect(Number.isInteger(c.step)).toBe(true)
    if (snap.value === 'ended') expect(c.step).toBe(c.stepCount - 1)
    if (snap.value === 'error' && previous !== 'error') {
      expect(previous).toBe('loading')
      expect(this.event.type).toBe('FAILED')
    }
    if (this.event.type === 'PAUSE' && ['ready', 'playing', 'ended'].includes(previous)) {
      expect(snap.value).toBe('ready')
    }
    if (advanced) expect(c.advanced).toBe(true)
    if (['PREV', 'FIRST', 'LAST', 'SEEK', 'NEXT_CHAPTER', 'PREV_CHAPTER'].includes(this.event.type))
      if (isLoaded(m)) expect(c.advanced).toBe(false)
  }
  toString(): string {
    return JSON.stringify(this.event)
  }
}

/** The events a reader, playback and the loader send, with odd values mixed in. */
const anyStep = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 2.5),
)
const source = fc.constantFrom('user' as const, 'api' as const)
const events: fc.Arbitrary<fc.Command<Model, Real>>[] = [
  fc.constant({ type: 'LOAD' } as const),
  fc.record({
    type: fc.constant('LOADED' as const),
    stepCount: fc.integer({ min: 0, max: 6 }),
    chapters: fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 5 }),
    step: fc.option(anyStep, { nil: undefined }),
  }),
  fc.constant({ type: 'FAILED', error: failure } as const),
  fc.constant({ type: 'PLAY' } as const),
  fc.constant({ type: 'PAUSE' } as const),
  fc.constant({ type: 'PLAY' } as const),
  fc.constant({ type: 'TICK' } as const),
  fc.constant({ type: 'TICK' } as const),
  fc.constant({ type: 'TICK' } as const),
  fc.constant({ type: 'TICK' } as const),
  fc
    .constantFrom('NEXT', 'PREV', 'FIRST', 'LAST', 'NEXT_CHAPTER', 'PREV_CHAPTER')
    .chain((type) => source.map((s) => ({ type, source: s }) as PlayerEvent)),
  fc.record({ type: fc.constant('SEEK' as const), step: anyStep, source }),
  fc.record({
    type: fc.constant('SET_SPEED' as const),
    speed: fc.oneof(fc.constantFrom(0.5, 1, 2, 0, -1, Number.NaN, Infinity)),
  }),
  fc.record({ type: fc.constant('SET_LOOP' as const), loop: fc.boolean() }),
].map((arb) => (arb as fc.Arbitrary<PlayerEvent>).map((e) => new Send(e)))

function fresh(): { model: Model; real: Real } {
  const real = createActor(playerMachine).start()
  const model: Model = { state: 'idle', step: 0, stepCount: 0, speed: 1, loop: false, chapters: [] }
  return { model, real }
}

function run(real: Real, ...list: PlayerEvent[]) {
  for (const e of list) real.send(e)
  return real.getSnapshot()
}

describe('the player machine', () => {
  it('agrees with the reference model on random event sequences', () => {
    fc.assert(
      fc.property(
        // Most runs start loaded and often looping, so playback reaches the last step.
        fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.boolean()), { freq: 4 }),
        fc.commands(events, { maxCommands: 60 }),
        (start, commands) => {
          const { model, real } = fresh()
          if (start !== null) {
            const [stepCount, loop] = start
            const setup: PlayerEvent[] = [
              { type: 'LOAD' },
              { type: 'LOADED', stepCount, chapters: [0] },
              { type: 'SET_LOOP', loop },
            ]
            for (const e of setup) new Send(e).run(model, real)
          }
          fc.modelRun(() => ({ model, real }), commands)
          real.stop()
        },
      ),
      { numRuns: runs },
    )
  })

  const loaded = (stepCount = 5, chapters: number[] = [0, 2]): PlayerEvent[] => [
    { type: 'LOAD' },
    { type: 'LOADED', stepCount, chapters },
  ]

  it('starts idle and waits in loading until the scenario is loaded', () => {
    const { real } = fresh()
    expect(real.getSnapshot().value).toBe('idle')
    expect(run(real, { type: 'PLAY' }, { type: 'NEXT' }).value).toBe('idle')
    expect(run(real, { type: 'LOAD' }, { type: 'NEXT' }).value).toBe('loading')
    expect(run(real, { type: 'LOADED', stepCount: 4, chapters: [], step: 9 }).context.step).toBe(3)
  })

  it('plays to the last step, then ends there', () => {
    const { real } = fresh()
    run(real, ...loaded(3), { type: 'PLAY' })
    let snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.step, snap.context.source]).toEqual(['playing', 1, 'playback'])
    expect(snap.context.advanced).toBe(true)
    snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.step]).toEqual(['playing', 2])
    snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.step]).toEqual(['ended', 2])
  })

  it('wraps to step 0 and keeps playing when looping', () => {
    const { real } = fresh()
    run(real, ...loaded(2), { type: 'SET_LOOP', loop: true }, { type: 'PLAY' }, { type: 'TICK' })
    const snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.step, snap.context.advanced]).toEqual(['playing', 0, false])
  })

  it('pauses when the reader seeks, and clamps the step', () => {
    const { real } = fresh()
    run(real, ...loaded(5), { type: 'PLAY' })
    const snap = run(real, { type: 'SEEK', step: 42, source: 'user' })
    expect([snap.value, snap.context.step, snap.context.source]).toEqual(['ready', 4, 'user'])
    expect(run(real, { type: 'SEEK', step: -3, source: 'api' }).context.step).toBe(0)
  })

  it('stays at step 0 on previous at the first step', () => {
    const { real } = fresh()
    const snap = run(real, ...loaded(5), { type: 'PREV' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 0])
  })

  it('starts over from step 0 when playing after the end', () => {
    const { real } = fresh()
    run(real, ...loaded(2), { type: 'LAST' })
    let snap = run(real, { type: 'PLAY' })
    expect([snap.value, snap.context.step]).toEqual(['playing', 0])
    snap = run(real, { type: 'TICK' }, { type: 'TICK' })
    expect(snap.value).toBe('ended')
    snap = run(real, { type: 'PLAY' })
    expect([snap.value, snap.context.step]).toEqual(['playing', 0])
  })

  it('moves between chapter starts', () => {
    const { real } = fresh()
    run(real, ...loaded(8, [5, 0, 2, 2, 11]))
    expect(real.getSnapshot().context.chapters).toEqual([0, 2, 5])
    expect(run(real, { type: 'NEXT_CHAPTER' }).context.step).toBe(2)
    expect(run(real, { type: 'NEXT_CHAPTER' }).context.step).toBe(5)
    expect(run(real, { type: 'NEXT_CHAPTER' }).context.step).toBe(5)
    expect(run(real, { type: 'NEXT' }, { type: 'PREV_CHAPTER' }).context.step).toBe(5)
    expect(run(real, { type: 'PREV_CHAPTER' }).context.step).toBe(2)
  })

  it('reaches error only from loading, and leaves it with a new source', () => {
    const { real } = fresh()
    expect(run(real, { type: 'FAILED', error: failure }).value).toBe('idle')
    let snap = run(real, { type: 'LOAD' }, { type: 'FAILED', error: failure })
    expect([snap.value, snap.context.error]).toEqual(['error', failure])
    expect(run(real, { type: 'PLAY' }, { type: 'NEXT' }).value).toBe('error')
    snap = run(real, { type: 'LOAD' })
    expect([snap.value, snap.context.error]).toEqual(['loading', undefined])
  })

  it('ignores a speed that is not a positive number', () => {
    const { real } = fresh()
    expect(run(real, { type: 'SET_SPEED', speed: 2 }).context.speed).toBe(2)
    expect(run(real, { type: 'SET_SPEED', speed: 0 }).context.speed).toBe(2)
    expect(run(real, { type: 'SET_SPEED', speed: Number.NaN }).context.speed).toBe(2)
  })

  it('does not play a trace without steps', () => {
    const { real } = fresh()
    const snap = run(real, ...loaded(0), { type: 'PLAY' }, { type: 'NEXT' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 0])
  })
})
