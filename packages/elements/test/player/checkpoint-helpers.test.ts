/**
 * The pure parts of prediction checkpoints, table-driven: which keys answer or run the step,
 * where the focus goes, the words of the reveal, and how checkpoint slots are cleaned up.
 */
import type { TraceCheckpoint } from '@hatrack/scenario'
import { describe, expect, it } from 'vitest'
import { checkpointKey } from '../../src/player/checkpoint-keys.ts'
import { focusTarget } from '../../src/player/checkpoint-focus.ts'
import { markShown, normalizeCheckpoints } from '../../src/player/checkpoint-rules.ts'
import { choiceMark, questionAnnouncement, verdict } from '../../src/player/checkpoint-view.ts'
import type { KeyTarget } from '../../src/player/hotkeys.ts'
import type { PlayerState } from '../../src/player/machine.ts'

const plain = { ctrlKey: false, altKey: false, metaKey: false }

describe('checkpointKey', () => {
  const cases: [string, KeyTarget, PlayerState, ReturnType<typeof checkpointKey>][] = [
    ['1', 'other', 'asking', { type: 'ANSWER', choice: 0 }],
    ['9', 'button', 'asking', { type: 'ANSWER', choice: 8 }],
    ['0', 'other', 'asking', undefined],
    ['2', 'other', 'ready', undefined],
    ['2', 'other', 'revealed', undefined],
    ['2', 'text', 'asking', undefined],
    ['2', 'select', 'asking', undefined],
    ['Enter', 'other', 'revealed', { type: 'CONTINUE', source: 'user' }],
    [' ', 'range', 'revealed', { type: 'CONTINUE', source: 'user' }],
    ['Enter', 'button', 'revealed', undefined],
    [' ', 'button', 'revealed', undefined],
    ['Enter', 'other', 'asking', undefined],
    ['.', 'other', 'revealed', undefined],
  ]
  it.each(cases)('%j on %s while %s', (key, target, state, expected) => {
    expect(checkpointKey({ key, ...plain }, target, state)).toEqual(expected)
  })

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const)
      expect(checkpointKey({ key: '1', ...plain, [mod]: true }, 'other', 'asking')).toBeUndefined()
  })
})

describe('focusTarget', () => {
  const cases: [
    PlayerState,
    PlayerState,
    'inside' | 'nowhere' | 'elsewhere',
    string | undefined,
  ][] = [
    ['ready', 'asking', 'inside', '.question'],
    ['ready', 'asking', 'nowhere', '.question'],
    ['playing', 'asking', 'inside', '.question'],
    ['playing', 'asking', 'nowhere', undefined],
    ['ready', 'asking', 'elsewhere', undefined],
    ['asking', 'revealed', 'inside', '.checkpoint .run'],
    ['revealed', 'ready', 'nowhere', '.stage'],
    ['revealed', 'playing', 'nowhere', '.stage'],
    ['revealed', 'ready', 'inside', undefined],
    ['asking', 'ready', 'inside', undefined],
    ['ready', 'playing', 'nowhere', undefined],
    ['asking', 'asking', 'inside', undefined],
  ]
  it.each(cases)('%s → %s with the focus %s', (was, now, focus, expected) => {
    expect(focusTarget(was, now, focus)).toBe(expected)
  })
})

const checkpoint: TraceCheckpoint = {
  question: 'Will **the switch** succeed?',
  choices: [
    { text: 'Yes, the `trust` policy.', right: false },
    { text: 'No.', right: true },
    { text: 'Maybe.', right: false },
  ],
  answer: 1,
  explain: 'Because.',
  held: true,
  detail: 'the replay agrees with the answer',
  failures: [],
}
const contradicted: TraceCheckpoint = { ...checkpoint, held: false, detail: 'choice 2 fails' }

describe('the words of the reveal', () => {
  it('marks the choice with a glyph and words, and shows the right one', () => {
    expect([0, 1, 2].map((i) => choiceMark(checkpoint, i, 0))).toEqual([
      '✗ Your answer: wrong',
      '✓ The answer',
      '',
    ])
    expect([0, 1, 2].map((i) => choiceMark(checkpoint, i, 1))).toEqual([
      '',
      '✓ Your answer: right',
      '',
    ])
    expect(verdict(checkpoint, 1)).toBe('✓ Right.')
    expect(verdict(checkpoint, 2)).toBe('✗ Not quite: the answer is 2.')
  })

  it('never names a right answer the replay contradicts', () => {
    expect([0, 1, 2].map((i) => choiceMark(contradicted, i, 0))).toEqual(['Your answer', '', ''])
    for (const choice of [0, 1])
      expect(verdict(contradicted, choice)).toBe(
        "⚠ This checkpoint's answer disagrees with the replay:",
      )
  })

  it('announces the question and its choices once, as plain words', () => {
    expect(questionAnnouncement({ step: 2, checkpoint }, 13)).toBe(
      'Question before step 3 of 13. Will the switch succeed? Choices: 1: Yes, the trust policy.; 2: No.; 3: Maybe.',
    )
  })
})

describe('checkpoint slots', () => {
  it('keeps whole steps inside the trace with at least one choice, the first of a step', () => {
    const slots = [
      { step: 0, choices: 2 },
      { step: 0, choices: 3 },
      { step: -1, choices: 2 },
      { step: 4, choices: 2 },
      { step: 1.5, choices: 2 },
      { step: 2, choices: 0 },
      { step: 3, choices: 2.5 },
      { step: 3, choices: 4 },
    ]
    expect([...normalizeCheckpoints(slots, 4)]).toEqual([
      [0, 2],
      [3, 4],
    ])
  })

  it('marks a shown checkpoint skipped, once, and leaves an answer alone', () => {
    const checkpoints = new Map([[2, 3]])
    const none = new Map<number, number | 'skipped'>()
    expect([...markShown({ checkpoints, answers: none }, 2)]).toEqual([[2, 'skipped']])
    expect(markShown({ checkpoints, answers: none }, 1)).toBe(none)
    const answered = new Map<number, number | 'skipped'>([[2, 0]])
    expect(markShown({ checkpoints, answers: answered }, 2)).toBe(answered)
  })
})
