/**
 * The player's logic as an xstate machine: `idle → loading → ready ↔ playing → ended`, and
 * `error` when loading fails. It is pure: no timers, no DOM. The component sends `TICK` when a
 * step's animation and reading pause are over, and reads the snapshot to draw and to dispatch
 * its events; the model-based test walks it with random events against a tiny reference model.
 *
 * - `ready` is "paused at a step"; `PAUSE` always lands there.
 * - Any step navigation (next, previous, first, last, seek, chapters) pauses playback.
 * - `TICK` only acts while playing: one step forward, or at the last step `ended` (with `loop`,
 *   back to step 0 and still playing).
 * - `PLAY` at the last step (or once ended) starts over from step 0, like a media element.
 * - `LOAD` from any state starts loading again; `FAILED` only counts while loading.
 */
import { and, assign, setup } from 'xstate'
import type { ElementError } from '../core/types.ts'
import { clampStep, nextChapter, normalizeChapters, previousChapter } from './steps.ts'

/** Who moved the step: the reader, playback, or a script through the element's API. */
export type StepSource = 'user' | 'playback' | 'api'

/** What the machine remembers. */
export interface PlayerContext {
  /** The current step, always inside `[0, stepCount - 1]` (0 with no steps). */
  readonly step: number
  readonly stepCount: number
  /** Playback speed, a positive multiplier (1 is normal). */
  readonly speed: number
  readonly loop: boolean
  /** The first step of each chapter, sorted. */
  readonly chapters: readonly number[]
  /** Who made the last step change. */
  readonly source: StepSource
  /** Whether the last step change moved exactly one step forward (NEXT or TICK): it animates. */
  readonly advanced: boolean
  /** Why loading failed, in `error`. */
  readonly error?: ElementError
}

/** Every event the machine understands. `source` defaults to `user`. */
export type PlayerEvent =
  | { readonly type: 'LOAD' }
  | {
      readonly type: 'LOADED'
      readonly stepCount: number
      readonly chapters: readonly number[]
      /** The step to start at (a deep link or the `step` attribute); 0 when absent. */
      readonly step?: number
    }
  | { readonly type: 'FAILED'; readonly error: ElementError }
  | { readonly type: 'PLAY' }
  | { readonly type: 'PAUSE' }
  | { readonly type: 'NEXT'; readonly source?: StepSource }
  | { readonly type: 'PREV'; readonly source?: StepSource }
  | { readonly type: 'FIRST'; readonly source?: StepSource }
  | { readonly type: 'LAST'; readonly source?: StepSource }
  | { readonly type: 'NEXT_CHAPTER'; readonly source?: StepSource }
  | { readonly type: 'PREV_CHAPTER'; readonly source?: StepSource }
  | { readonly type: 'SEEK'; readonly step: number; readonly source?: StepSource }
  | { readonly type: 'TICK' }
  | { readonly type: 'SET_SPEED'; readonly speed: number }
  | { readonly type: 'SET_LOOP'; readonly loop: boolean }

/** The names of the machine's states. */
export type PlayerState = 'idle' | 'loading' | 'ready' | 'playing' | 'ended' | 'error'

type Navigation = Extract<
  PlayerEvent,
  { type: 'NEXT' | 'PREV' | 'FIRST' | 'LAST' | 'NEXT_CHAPTER' | 'PREV_CHAPTER' | 'SEEK' }
>

/** Where a navigation event leads from `context`. */
function target(context: PlayerContext, event: Navigation): number {
  const { step, stepCount, chapters } = context
  switch (event.type) {
    case 'NEXT':
      return clampStep(step + 1, stepCount)
    case 'PREV':
      return clampStep(step - 1, stepCount)
    case 'FIRST':
      return 0
    case 'LAST':
      return clampStep(stepCount - 1, stepCount)
    case 'NEXT_CHAPTER':
      return nextChapter(chapters, step)
    case 'PREV_CHAPTER':
      return previousChapter(chapters, step)
    case 'SEEK':
      return clampStep(event.step, stepCount)
  }
}

/** Navigation pauses: from ready, playing or ended it lands in ready at the new step. */
const navigation = {
  NEXT: { target: 'ready', actions: 'navigate' },
  PREV: { target: 'ready', actions: 'navigate' },
  FIRST: { target: 'ready', actions: 'navigate' },
  LAST: { target: 'ready', actions: 'navigate' },
  NEXT_CHAPTER: { target: 'ready', actions: 'navigate' },
  PREV_CHAPTER: { target: 'ready', actions: 'navigate' },
  SEEK: { target: 'ready', actions: 'navigate' },
} as const

/** The player's machine; create an actor with `createActor(playerMachine).start()`. */
export const playerMachine = setup({
  types: { context: {} as PlayerContext, events: {} as PlayerEvent },
  guards: {
    hasSteps: ({ context }) => context.stepCount > 0,
    atLast: ({ context }) => context.step >= context.stepCount - 1,
    looping: ({ context }) => context.loop,
  },
  actions: {
    navigate: assign(({ context, event }) => {
      const nav = event as Navigation
      const step = target(context, nav)
      return {
        step,
        source: nav.source ?? 'user',
        advanced: nav.type === 'NEXT' && step === context.step + 1,
      }
    }),
    restart: assign({ step: 0, source: 'playback' as StepSource, advanced: false }),
    advance: assign(({ context }) => ({
      step: clampStep(context.step + 1, context.stepCount),
      source: 'playback' as StepSource,
      advanced: true,
    })),
  },
}).createMachine({
  id: 'hatrack-player',
  initial: 'idle',
  context: {
    step: 0,
    stepCount: 0,
    speed: 1,
    loop: false,
    chapters: [],
    source: 'api',
    advanced: false,
  },
  on: {
    LOAD: { target: '.loading' },
    SET_SPEED: {
      guard: ({ event }) => Number.isFinite(event.speed) && event.speed > 0,
      actions: assign({ speed: ({ event }) => event.speed }),
    },
    SET_LOOP: { actions: assign({ loop: ({ event }) => event.loop }) },
  },
  states: {
    idle: {},
    loading: {
      entry: assign({ error: undefined }),
      on: {
        LOADED: {
          target: 'ready',
          actions: assign(({ event }) => {
            const stepCount = Math.max(0, Math.trunc(event.stepCount)) || 0
            return {
              stepCount,
              step: clampStep(event.step ?? 0, stepCount),
              chapters: normalizeChapters(event.chapters, stepCount),
              source: 'api' as StepSource,
              advanced: false,
            }
          }),
        },
        FAILED: { target: 'error', actions: assign({ error: ({ event }) => event.error }) },
      },
    },
    ready: {
      on: {
        ...navigation,
        PLAY: [
          { guard: and(['hasSteps', 'atLast']), target: 'playing', actions: 'restart' },
          { guard: 'hasSteps', target: 'playing' },
        ],
      },
    },
    playing: {
      on: {
        ...navigation,
        PAUSE: { target: 'ready' },
        TICK: [
          { guard: and(['atLast', 'looping']), actions: 'restart' },
          { guard: 'atLast', target: 'ended' },
          { actions: 'advance' },
        ],
      },
    },
    ended: {
      on: {
        ...navigation,
        PAUSE: { target: 'ready' },
        PLAY: { guard: 'hasSteps', target: 'playing', actions: 'restart' },
      },
    },
    error: {},
  },
})
