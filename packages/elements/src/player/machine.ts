/**
 * The player's logic as an xstate machine: `idle → loading → ready ↔ playing → ended`, and
 * `error` when loading fails; `asking → revealed` around a prediction checkpoint. It is pure: no
 * timers, no DOM. The component sends `TICK` when a
 * step's animation and reading pause are over, and reads the snapshot to draw and to dispatch
 * its events; the model-based test walks it with random events against a tiny reference model.
 *
 * - `ready` is "paused at a step"; `PAUSE` always lands there.
 * - Any step navigation (next, previous, first, last, seek, chapters) pauses playback.
 * - `TICK` only acts while playing: one step forward, or at the last step `ended` (with `loop`,
 *   back to step 0 and still playing).
 * - `PLAY` at the last step (or once ended) starts over from step 0, like a media element.
 * - `LOAD` from any state starts loading again; `FAILED` only counts while loading.
 * - Checkpoints: stepping forward (`NEXT`, or `TICK` while playing) onto a step whose question was
 *   not yet answered in this element enters `asking` instead, the step unchanged (the call has
 *   not happened yet) and playback held. `ANSWER` → `revealed`; `CONTINUE` (or `NEXT`, or `PLAY`)
 *   shows the step, animated, and playback resumes if it was playing (`resume`). `NEXT` while
 *   asking does nothing: nothing steps past an unanswered question. Any other way of showing a
 *   checkpoint step (seek, previous, first, last, chapters, the start step, a restart) shows it
 *   directly and marks its question `skipped`, since its answer is now visible.
 */
import { and, assign, setup } from 'xstate'
import type { ElementError } from '../core/types.ts'
import {
  asksAt,
  isChoice,
  markShown,
  normalizeCheckpoints,
  type CheckpointMark,
  type CheckpointSlot,
} from './checkpoint-rules.ts'
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
  /** Whether the last step change moved exactly one step forward (NEXT, TICK, CONTINUE): it animates. */
  readonly advanced: boolean
  /** Why loading failed, in `error`. */
  readonly error?: ElementError
  /** Step → number of choices, for every step with a checkpoint. */
  readonly checkpoints: ReadonlyMap<number, number>
  /** Step → the reader's choice, or `skipped` when the step showed unasked (reset on load). */
  readonly answers: ReadonlyMap<number, CheckpointMark>
  /** Whether questions are asked (off with `nocheckpoints`). */
  readonly checkpointsOn: boolean
  /** The step whose question is open, in `asking` and `revealed` (always `step + 1`). */
  readonly question?: number
  /** The reader's choice, in `revealed`. */
  readonly choice?: number
  /** Whether playback resumes once the question's step has run (in `asking` and `revealed`). */
  readonly resume: boolean
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
      /** The steps that carry a checkpoint. */
      readonly checkpoints?: readonly CheckpointSlot[]
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
  /** Answers the open question with the 0-based `choice`. */
  | { readonly type: 'ANSWER'; readonly choice: number }
  /** Runs the step of the answered question. */
  | { readonly type: 'CONTINUE'; readonly source?: StepSource }
  | { readonly type: 'SET_CHECKPOINTS'; readonly enabled: boolean }
  /** Forgets every answer: each question is asked again. */
  | { readonly type: 'RESET_CHECKPOINTS' }

/** The names of the machine's states. */
export type PlayerState =
  'idle' | 'loading' | 'ready' | 'playing' | 'ended' | 'asking' | 'revealed' | 'error'

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

/** Jumps pause, show their step directly and close an open question. */
const jumps = {
  PREV: { target: 'ready', actions: 'navigate' },
  FIRST: { target: 'ready', actions: 'navigate' },
  LAST: { target: 'ready', actions: 'navigate' },
  NEXT_CHAPTER: { target: 'ready', actions: 'navigate' },
  PREV_CHAPTER: { target: 'ready', actions: 'navigate' },
  SEEK: { target: 'ready', actions: 'navigate' },
} as const

/** Navigation pauses: from ready, playing or ended it lands in ready at the new step. */
const navigation = {
  ...jumps,
  NEXT: [
    { guard: 'asksNext', target: 'asking', actions: { type: 'ask', params: { resume: false } } },
    { target: 'ready', actions: 'navigate' },
  ],
} as const

/** Running the answered question's step: playing on when playback was held, else paused. */
const proceed = [
  { guard: 'resuming', target: 'playing', actions: 'proceed' },
  { target: 'ready', actions: 'proceed' },
] as const

/** Turning checkpoints off closes an open question without running its step. */
const turnOff = [
  { guard: and(['disabling', 'resuming']), target: 'playing', actions: ['setCheckpoints', 'drop'] },
  { guard: 'disabling', target: 'ready', actions: ['setCheckpoints', 'drop'] },
  { actions: 'setCheckpoints' },
] as const

/** The context of no open question. */
const closed = { question: undefined, choice: undefined, resume: false } as const

/** The player's machine; create an actor with `createActor(playerMachine).start()`. */
export const playerMachine = setup({
  types: { context: {} as PlayerContext, events: {} as PlayerEvent },
  guards: {
    hasSteps: ({ context }) => context.stepCount > 0,
    atLast: ({ context }) => context.step >= context.stepCount - 1,
    looping: ({ context }) => context.loop,
    asksNext: ({ context }) =>
      context.step + 1 < context.stepCount && asksAt(context, context.step + 1),
    resuming: ({ context }) => context.resume,
    validAnswer: ({ context, event }) =>
      event.type === 'ANSWER' &&
      context.question !== undefined &&
      isChoice(context, context.question, event.choice),
    disabling: ({ event }) => event.type === 'SET_CHECKPOINTS' && !event.enabled,
  },
  actions: {
    navigate: assign(({ context, event }) => {
      const nav = event as Navigation
      const step = target(context, nav)
      return {
        step,
        source: nav.source ?? 'user',
        advanced: nav.type === 'NEXT' && step === context.step + 1,
        answers: markShown(context, step),
        ...closed,
      }
    }),
    restart: assign(({ context }) => ({
      step: 0,
      source: 'playback' as StepSource,
      advanced: false,
      answers: markShown(context, 0),
    })),
    advance: assign(({ context }) => {
      const step = clampStep(context.step + 1, context.stepCount)
      return {
        step,
        source: 'playback' as StepSource,
        advanced: true,
        answers: markShown(context, step),
      }
    }),
    ask: assign(({ context }, params: { resume: boolean }) => ({
      question: context.step + 1,
      choice: undefined,
      resume: params.resume,
    })),
    answer: assign(({ context, event }) => {
      const choice = (event as Extract<PlayerEvent, { type: 'ANSWER' }>).choice
      const question = context.question ?? context.step + 1
      return { choice, answers: new Map(context.answers).set(question, choice) }
    }),
    proceed: assign(({ context, event }) => ({
      step: context.question ?? context.step,
      source: (event.type === 'CONTINUE' ? event.source : undefined) ?? ('user' as StepSource),
      advanced: true,
      ...closed,
    })),
    drop: assign(closed),
    setCheckpoints: assign(({ context, event }) => ({
      checkpointsOn: event.type === 'SET_CHECKPOINTS' ? event.enabled : context.checkpointsOn,
    })),
    holdOn: assign({ resume: true }),
    holdOff: assign({ resume: false }),
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
    checkpoints: new Map(),
    answers: new Map(),
    checkpointsOn: true,
    resume: false,
  },
  on: {
    LOAD: { target: '.loading' },
    SET_CHECKPOINTS: { actions: 'setCheckpoints' },
    RESET_CHECKPOINTS: { actions: assign({ answers: () => new Map() }) },
    SET_SPEED: {
      guard: ({ event }) => Number.isFinite(event.speed) && event.speed > 0,
      actions: assign({ speed: ({ event }) => event.speed }),
    },
    SET_LOOP: { actions: assign({ loop: ({ event }) => event.loop }) },
  },
  states: {
    idle: {},
    loading: {
      entry: assign({ error: undefined, ...closed }),
      on: {
        LOADED: {
          target: 'ready',
          actions: assign(({ event }) => {
            const stepCount = Math.max(0, Math.trunc(event.stepCount)) || 0
            const step = clampStep(event.step ?? 0, stepCount)
            const checkpoints = normalizeCheckpoints(event.checkpoints ?? [], stepCount)
            return {
              stepCount,
              step,
              chapters: normalizeChapters(event.chapters, stepCount),
              source: 'api' as StepSource,
              advanced: false,
              checkpoints,
              answers: markShown({ checkpoints, answers: new Map() }, step),
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
          {
            guard: 'asksNext',
            target: 'asking',
            actions: { type: 'ask', params: { resume: true } },
          },
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
    asking: {
      on: {
        ...jumps,
        NEXT: {},
        ANSWER: { guard: 'validAnswer', target: 'revealed', actions: 'answer' },
        PLAY: { actions: 'holdOn' },
        PAUSE: { actions: 'holdOff' },
        SET_CHECKPOINTS: turnOff,
      },
    },
    revealed: {
      on: {
        ...jumps,
        NEXT: proceed,
        CONTINUE: proceed,
        PLAY: { target: 'playing', actions: 'proceed' },
        PAUSE: { actions: 'holdOff' },
        SET_CHECKPOINTS: turnOff,
        RESET_CHECKPOINTS: {
          target: 'asking',
          actions: assign({ answers: () => new Map(), choice: undefined }),
        },
      },
    },
    error: {},
  },
})
