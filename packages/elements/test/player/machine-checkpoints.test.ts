/**
 * Prediction checkpoints in the player's machine, case by case: asked before the step by next or
 * playback, never by a jump; answered, revealed, run; remembered, reset, turned off. The random
 * walks of `machine.test.ts` check the same rules against the reference model.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PlayerEvent } from '../../src/player/machine.ts'
import { Send, events, fresh, run } from './machine-model.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

/** Six steps; steps 2 and 4 carry a question of three choices. */
const loaded = (extra: Partial<Extract<PlayerEvent, { type: 'LOADED' }>> = {}): PlayerEvent[] => [
  { type: 'LOAD' },
  {
    type: 'LOADED',
    stepCount: 6,
    chapters: [0, 3],
    checkpoints: [
      { step: 2, choices: 3 },
      { step: 4, choices: 3 },
    ],
    ...extra,
  },
]

describe('checkpoints in the player machine', () => {
  it('asks before the step on next: the step stays, then answer, reveal and run it', () => {
    const { real } = fresh()
    let snap = run(real, ...loaded(), { type: 'NEXT' }, { type: 'NEXT' })
    expect([snap.value, snap.context.step, snap.context.question]).toEqual(['asking', 1, 2])
    snap = run(real, { type: 'NEXT' }, { type: 'TICK' })
    expect([snap.value, snap.context.step]).toEqual(['asking', 1])
    snap = run(real, { type: 'ANSWER', choice: 3 }, { type: 'ANSWER', choice: -1 })
    expect(snap.value).toBe('asking')
    snap = run(real, { type: 'ANSWER', choice: 1 })
    expect([snap.value, snap.context.step, snap.context.choice]).toEqual(['revealed', 1, 1])
    snap = run(real, { type: 'CONTINUE' })
    expect([snap.value, snap.context.step, snap.context.advanced]).toEqual(['ready', 2, true])
    expect(snap.context.answers.get(2)).toBe(1)
    expect(snap.context.question).toBeUndefined()
  })

  it('holds playback at the question and resumes it after the step runs', () => {
    const { real } = fresh()
    let snap = run(real, ...loaded(), { type: 'PLAY' }, { type: 'TICK' }, { type: 'TICK' })
    expect([snap.value, snap.context.step, snap.context.resume]).toEqual(['asking', 1, true])
    snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.step]).toEqual(['asking', 1])
    snap = run(real, { type: 'ANSWER', choice: 0 }, { type: 'CONTINUE' })
    expect([snap.value, snap.context.step, snap.context.advanced]).toEqual(['playing', 2, true])
  })

  it('does not resume when paused during the question; Play in the reveal runs and plays', () => {
    const { real } = fresh()
    let snap = run(real, ...loaded(), { type: 'PLAY' }, { type: 'TICK' }, { type: 'TICK' })
    expect([snap.value, snap.context.resume]).toEqual(['asking', true])
    snap = run(real, { type: 'PAUSE' }, { type: 'ANSWER', choice: 2 }, { type: 'NEXT' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 2])
    snap = run(real, { type: 'NEXT' }, { type: 'NEXT' }, { type: 'ANSWER', choice: 0 })
    expect([snap.value, snap.context.step]).toEqual(['revealed', 3])
    snap = run(real, { type: 'PLAY' })
    expect([snap.value, snap.context.step]).toEqual(['playing', 4])
  })

  it('does not ask again once answered, going back and forward', () => {
    const { real } = fresh()
    run(real, ...loaded(), { type: 'SEEK', step: 1 }, { type: 'NEXT' })
    run(real, { type: 'ANSWER', choice: 1 }, { type: 'CONTINUE' })
    const snap = run(real, { type: 'PREV' }, { type: 'NEXT' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 2])
  })

  it('shows a checkpoint step directly on a jump, and marks its question skipped', () => {
    const { real } = fresh()
    let snap = run(real, ...loaded(), { type: 'SEEK', step: 2 })
    expect([snap.value, snap.context.step]).toEqual(['ready', 2])
    expect(snap.context.answers.get(2)).toBe('skipped')
    snap = run(real, { type: 'FIRST' }, { type: 'NEXT' }, { type: 'NEXT' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 2])
    // Seeking past a checkpoint leaves it unasked and unmarked.
    snap = run(real, { type: 'SEEK', step: 5 })
    expect(snap.context.answers.has(4)).toBe(false)
    snap = run(real, { type: 'SEEK', step: 3 }, { type: 'NEXT' })
    expect([snap.value, snap.context.question]).toEqual(['asking', 4])
  })

  it('marks the start step skipped (a deep link shows it directly)', () => {
    const { real } = fresh()
    const snap = run(real, ...loaded({ step: 4 }))
    expect([snap.value, snap.context.step, snap.context.answers.get(4)]).toEqual([
      'ready',
      4,
      'skipped',
    ])
  })

  it('leaves the question for a jump, from the step it showed', () => {
    const { real } = fresh()
    run(real, ...loaded(), { type: 'SEEK', step: 1 }, { type: 'NEXT' })
    let snap = run(real, { type: 'PREV' })
    expect([snap.value, snap.context.step, snap.context.question]).toEqual(['ready', 0, undefined])
    expect(snap.context.answers.has(2)).toBe(false)
    snap = run(real, { type: 'NEXT' }, { type: 'NEXT' }, { type: 'NEXT_CHAPTER' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 3])
  })

  it('never asks with checkpoints off, and turning them off closes an open question', () => {
    const { real } = fresh()
    run(real, ...loaded(), { type: 'SET_CHECKPOINTS', enabled: false })
    let snap = run(real, { type: 'NEXT' }, { type: 'NEXT' })
    expect([snap.value, snap.context.step]).toEqual(['ready', 2])
    run(real, { type: 'SET_CHECKPOINTS', enabled: true }, { type: 'NEXT' }, { type: 'PLAY' })
    snap = run(real, { type: 'TICK' })
    expect([snap.value, snap.context.question]).toEqual(['asking', 4])
    snap = run(real, { type: 'SET_CHECKPOINTS', enabled: false })
    expect([snap.value, snap.context.step, snap.context.question]).toEqual([
      'playing',
      3,
      undefined,
    ])
    expect(run(real, { type: 'TICK' }).context.step).toBe(4)
  })

  it('forgets every answer on reset, and asks again', () => {
    const { real } = fresh()
    run(real, ...loaded(), { type: 'SEEK', step: 1 }, { type: 'NEXT' })
    run(real, { type: 'ANSWER', choice: 1 })
    let snap = run(real, { type: 'RESET_CHECKPOINTS' })
    expect([snap.value, snap.context.choice, snap.context.answers.size]).toEqual([
      'asking',
      undefined,
      0,
    ])
    run(real, { type: 'ANSWER', choice: 0 }, { type: 'CONTINUE' }, { type: 'PREV' })
    snap = run(real, { type: 'RESET_CHECKPOINTS' }, { type: 'NEXT' })
    expect([snap.value, snap.context.question]).toEqual(['asking', 2])
  })

  it('forgets the answers with a new scenario', () => {
    const { real } = fresh()
    run(
      real,
      ...loaded(),
      { type: 'SEEK', step: 1 },
      { type: 'NEXT' },
      { type: 'ANSWER', choice: 1 },
    )
    let snap = run(real, ...loaded({ step: 1 }))
    expect([snap.value, snap.context.answers.size, snap.context.question]).toEqual([
      'ready',
      0,
      undefined,
    ])
    snap = run(real, { type: 'NEXT' })
    expect(snap.value).toBe('asking')
  })

  it('keeps every invariant on walks through a trace dense with questions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.commands(events, { maxCommands: 50 }),
        (stepCount, commands) => {
          const { model, real } = fresh()
          const checkpoints = Array.from({ length: stepCount }, (_, step) => ({ step, choices: 2 }))
          for (const e of loaded({ stepCount, checkpoints })) new Send(e).run(model, real)
          fc.modelRun(() => ({ model, real }), commands)
          real.stop()
        },
      ),
      { numRuns: runs },
    )
  }, 60_000)
})
