/**
 * The reference model of the player's machine, written for clarity: what a reader expects of a
 * player, one rule per line, and the fast-check command that applies one event to both the model
 * and the real machine, then compares them and checks the invariants stated apart from the model.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { createActor, type Actor } from 'xstate'
import type { ElementError } from '../../src/core/types.ts'
import type { CheckpointMark } from '../../src/player/checkpoint-rules.ts'
import { playerMachine, type PlayerEvent, type PlayerState } from '../../src/player/machine.ts'

/** The real machine's actor. */
export type Real = Actor<typeof playerMachine>

/** The reference: the machine's state as a reader sees it. */
export interface Model {
  state: PlayerState
  step: number
  stepCount: number
  speed: number
  loop: boolean
  chapters: number[]
  /** Step → number of choices. */
  checkpoints: Map<number, number>
  answers: Map<number, CheckpointMark>
  checkpointsOn: boolean
  /** The open question's step, while asking or revealed. */
  question: number | undefined
  choice: number | undefined
  /** Whether playback goes on after the open question. */
  resume: boolean
}

/** A load failure for `FAILED`. */
export const failure: ElementError = { type: 'parse', message: 'bad', line: 1, column: 2 }

const isLoaded = (m: Model): boolean =>
  ['ready', 'playing', 'ended', 'asking', 'revealed'].includes(m.state)
const isOpen = (m: Model): boolean => m.state === 'asking' || m.state === 'revealed'
const lastOf = (m: Model): number => Math.max(0, m.stepCount - 1)
const inside = (m: Model, s: number): number =>
  Number.isNaN(s) ? 0 : Math.min(lastOf(m), Math.max(0, Math.trunc(s)))

/** Shows `step` as the current one: an unanswered checkpoint there counts as skipped. */
function show(m: Model, step: number): void {
  m.step = step
  if (m.checkpoints.has(step) && !m.answers.has(step)) m.answers.set(step, 'skipped')
}

/** Closes the open question, if any. */
function close(m: Model): void {
  m.question = undefined
  m.choice = undefined
  m.resume = false
}

/** Whether moving one step forward would stop at a question first. */
function asksNext(m: Model): boolean {
  const next = m.step + 1
  return next <= lastOf(m) && m.checkpointsOn && m.checkpoints.has(next) && !m.answers.has(next)
}

/** Runs the answered question's step. */
function proceed(m: Model, playing: boolean): void {
  m.step = m.question ?? m.step
  m.state = playing ? 'playing' : 'ready'
  close(m)
}

/** What an event did to the model: whether it moved one step forward, and how. */
export interface Applied {
  readonly advanced: boolean
}

/** Applies one event to the model. */
export function apply(m: Model, e: PlayerEvent): Applied {
  const before = m.step
  const no = { advanced: false }
  switch (e.type) {
    case 'LOAD':
      m.state = 'loading'
      close(m)
      return no
    case 'LOADED': {
      if (m.state !== 'loading') return no
      m.stepCount = Math.max(0, Math.trunc(e.stepCount))
      m.chapters = [...new Set(e.chapters)]
        .filter((c) => Number.isInteger(c) && c >= 0 && c < m.stepCount)
        .sort((a, b) => a - b)
      m.checkpoints = new Map()
      for (const slot of e.checkpoints ?? []) {
        const fits = Number.isInteger(slot.step) && slot.step >= 0 && slot.step < m.stepCount
        const some = Number.isInteger(slot.choices) && slot.choices > 0
        if (fits && some && !m.checkpoints.has(slot.step))
          m.checkpoints.set(slot.step, slot.choices)
      }
      m.answers = new Map()
      show(m, inside(m, e.step ?? 0))
      m.state = 'ready'
      return no
    }
    case 'FAILED':
      if (m.state === 'loading') m.state = 'error'
      return no
    case 'PLAY':
      if (m.state === 'asking') m.resume = true
      if (m.state === 'revealed') {
        proceed(m, true)
        return { advanced: true }
      }
      if (m.stepCount === 0 || isOpen(m)) return no
      if (m.state === 'ended' || (m.state === 'ready' && m.step === lastOf(m))) show(m, 0)
      if (m.state === 'ready' || m.state === 'ended') m.state = 'playing'
      return no
    case 'PAUSE':
      if (isOpen(m)) m.resume = false
      if (m.state === 'playing' || m.state === 'ended') m.state = 'ready'
      return no
    case 'TICK':
      if (m.state !== 'playing') return no
      if (m.step < lastOf(m)) {
        if (asksNext(m)) {
          m.state = 'asking'
          m.question = m.step + 1
          m.resume = true
          return no
        }
        show(m, m.step + 1)
        return { advanced: true }
      }
      if (m.loop) show(m, 0)
      else m.state = 'ended'
      return no
    case 'ANSWER': {
      const count = m.question === undefined ? 0 : (m.checkpoints.get(m.question) ?? 0)
      const valid = Number.isInteger(e.choice) && e.choice >= 0 && e.choice < count
      if (m.state !== 'asking' || !valid || m.question === undefined) return no
      m.state = 'revealed'
      m.choice = e.choice
      m.answers.set(m.question, e.choice)
      return no
    }
    case 'CONTINUE':
      if (m.state !== 'revealed') return no
      proceed(m, m.resume)
      return { advanced: true }
    case 'SET_CHECKPOINTS':
      m.checkpointsOn = e.enabled
      if (!e.enabled && isOpen(m)) {
        m.state = m.resume ? 'playing' : 'ready'
        close(m)
      }
      return no
    case 'RESET_CHECKPOINTS':
      m.answers = new Map()
      if (m.state === 'revealed') {
        m.state = 'asking'
        m.choice = undefined
      }
      return no
    case 'SET_SPEED':
      if (Number.isFinite(e.speed) && e.speed > 0) m.speed = e.speed
      return no
    case 'SET_LOOP':
      m.loop = e.loop
      return no
    default: {
      if (!isLoaded(m)) return no
      if (e.type === 'NEXT' && m.state === 'asking') return no
      if (e.type === 'NEXT' && m.state === 'revealed') {
        proceed(m, m.resume)
        return { advanced: true }
      }
      if (e.type === 'NEXT' && asksNext(m)) {
        m.state = 'asking'
        m.question = m.step + 1
        m.resume = false
        return no
      }
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
      show(m, step)
      m.state = 'ready'
      close(m)
      return { advanced: e.type === 'NEXT' && step === before + 1 }
    }
  }
}

const JUMPS = ['PREV', 'FIRST', 'LAST', 'SEEK', 'NEXT_CHAPTER', 'PREV_CHAPTER']

/** One event sent to both, then every field compared and the invariants checked. */
export class Send implements fc.Command<Model, Real> {
  constructor(readonly event: PlayerEvent) {}
  check(): boolean {
    return true
  }
  run(m: Model, real: Real): void {
    const previous = m.state
    const answeredBefore = new Map(real.getSnapshot().context.answers)
    const stepBefore = real.getSnapshot().context.step
    const { advanced } = apply(m, this.event)
    real.send(this.event)
    const snap = real.getSnapshot()
    const c = snap.context
    expect(snap.value).toBe(m.state)
    expect(c.step).toBe(m.step)
    expect(c.stepCount).toBe(m.stepCount)
    expect(c.speed).toBe(m.speed)
    expect(c.loop).toBe(m.loop)
    expect(c.checkpointsOn).toBe(m.checkpointsOn)
    expect(c.question).toBe(m.question)
    expect(c.choice).toBe(m.choice)
    expect(c.resume).toBe(m.resume)
    if (isLoaded(m)) {
      expect(c.chapters).toEqual(m.chapters)
      expect(c.checkpoints).toEqual(m.checkpoints)
      expect(c.answers).toEqual(m.answers)
    }
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
    if (JUMPS.includes(this.event.type) && isLoaded(m)) expect(c.advanced).toBe(false)
    // Asking happens only at a checkpoint step not yet answered, one step ahead, questions on.
    if (snap.value === 'asking' || snap.value === 'revealed') {
      expect(c.question).toBe(c.step + 1)
      expect(c.checkpoints.has(c.question ?? -1)).toBe(true)
      expect(c.checkpointsOn).toBe(true)
    } else {
      expect([c.question, c.choice, c.resume]).toEqual([undefined, undefined, false])
    }
    if (snap.value === 'asking') expect(c.answers.has(c.question ?? -1)).toBe(false)
    if (snap.value === 'revealed') expect(c.answers.get(c.question ?? -1)).toBe(c.choice)
    // Never past an unanswered checkpoint by NEXT or TICK: a step forward onto a checkpoint
    // happens only once its question was answered or shown (or with questions off).
    const forward = ['NEXT', 'TICK'].includes(this.event.type) && c.step === stepBefore + 1
    if (forward && c.checkpointsOn && c.checkpoints.has(c.step))
      expect(answeredBefore.has(c.step)).toBe(true)
    // A jump shows its step directly: a checkpoint there is marked, never asked.
    if (JUMPS.includes(this.event.type) && isLoaded(m) && c.checkpoints.has(c.step))
      expect(c.answers.has(c.step)).toBe(true)
  }
  toString(): string {
    return JSON.stringify(this.event)
  }
}

/** Steps a reader, playback or a script may ask for, odd values mixed in. */
export const anyStep = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 2.5),
)
const source = fc.constantFrom('user' as const, 'api' as const)

/** Checkpoint slots, some outside the trace or without choices. */
export const anySlots = fc.array(
  fc.record({
    step: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(1.5)),
    choices: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant(Number.NaN)),
  }),
  { maxLength: 6 },
)

/** The events a reader, playback and the loader send, with odd values mixed in. */
export const events: fc.Arbitrary<fc.Command<Model, Real>>[] = [
  fc.constant({ type: 'LOAD' } as const),
  fc.record({
    type: fc.constant('LOADED' as const),
    stepCount: fc.integer({ min: 0, max: 6 }),
    chapters: fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 5 }),
    step: fc.option(anyStep, { nil: undefined }),
    checkpoints: fc.option(anySlots, { nil: undefined }),
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
    .constantFrom('NEXT', 'NEXT', 'PREV', 'FIRST', 'LAST', 'NEXT_CHAPTER', 'PREV_CHAPTER')
    .chain((type) => source.map((s) => ({ type, source: s }) as PlayerEvent)),
  fc.record({ type: fc.constant('SEEK' as const), step: anyStep, source }),
  fc.record({
    type: fc.constant('SET_SPEED' as const),
    speed: fc.oneof(fc.constantFrom(0.5, 1, 2, 0, -1, Number.NaN, Infinity)),
  }),
  fc.record({ type: fc.constant('SET_LOOP' as const), loop: fc.boolean() }),
  fc.record({
    type: fc.constant('ANSWER' as const),
    choice: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom(Number.NaN, 0.5)),
  }),
  fc.record({ type: fc.constant('ANSWER' as const), choice: fc.integer({ min: 0, max: 1 }) }),
  fc.record({
    type: fc.constant('CONTINUE' as const),
    source: fc.option(source, { nil: undefined }),
  }),
  fc.constant({ type: 'CONTINUE' } as const),
  fc.record({ type: fc.constant('SET_CHECKPOINTS' as const), enabled: fc.boolean() }),
  fc.constant({ type: 'RESET_CHECKPOINTS' } as const),
].map((arb) => (arb as fc.Arbitrary<PlayerEvent>).map((e) => new Send(e)))

/** A fresh machine and its model, both idle. */
export function fresh(): { model: Model; real: Real } {
  const real = createActor(playerMachine).start()
  const model: Model = {
    state: 'idle',
    step: 0,
    stepCount: 0,
    speed: 1,
    loop: false,
    chapters: [],
    checkpoints: new Map(),
    answers: new Map(),
    checkpointsOn: true,
    question: undefined,
    choice: undefined,
    resume: false,
  }
  return { model, real }
}

/** Sends the events in order and returns the last snapshot. */
export function run(real: Real, ...list: PlayerEvent[]) {
  for (const e of list) real.send(e)
  return real.getSnapshot()
}
