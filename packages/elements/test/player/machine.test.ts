/**
 * The player's machine walked by random event sequences (fast-check `commands`) against a tiny
 * reference model written for clarity (`machine-model.ts`), plus named cases for the rules a
 * reader relies on. The checkpoints' own cases are in `machine-checkpoints.test.ts`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PlayerEvent } from '../../src/player/machine.ts'
import { Send, anySlots, events, failure, fresh, run } from './machine-model.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('the player machine', () => {
  it('agrees with the reference model on random event sequences', () => {
    fc.assert(
      fc.property(
        // Most runs start loaded and often looping, so playback reaches the last step; many
        // carry checkpoints, so questions are asked, answered, skipped and reset.
        fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.boolean(), anySlots), { freq: 4 }),
        fc.commands(events, { maxCommands: 60 }),
        (start, commands) => {
          const { model, real } = fresh()
          if (start !== null) {
            const [stepCount, loop, checkpoints] = start
            const setup: PlayerEvent[] = [
              { type: 'LOAD' },
              { type: 'LOADED', stepCount, chapters: [0], checkpoints },
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
  }, 60_000)

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
