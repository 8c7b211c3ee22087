/** The player's pure helpers: step arithmetic, deep links, hotkeys, timing, file names, captions. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stepFromHash, stepHash } from '../../src/player/deep-link.ts'
import { hotkeyFor, type KeyTarget, type PlayerCommand } from '../../src/player/hotkeys.ts'
import { fileNameOf } from '../../src/load/fetch-text.ts'
import { plainCaption } from '../../src/player/plain-caption.ts'
import { clampStep, nextChapter, previousChapter } from '../../src/player/steps.ts'
import { animationTime, parseCssTime, readingPause } from '../../src/player/timing.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('clampStep', () => {
  it.each([
    [5, 10, 5],
    [-1, 10, 0],
    [10, 10, 9],
    [2.7, 10, 2],
    [Number.NaN, 10, 0],
    [Infinity, 10, 9],
    [-Infinity, 10, 0],
    [3, 0, 0],
  ])('clamps %s into %s steps as %s', (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected)
  })

  it('always lands on a whole step inside the trace', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 500 }), (step, count) => {
        const s = clampStep(step, count)
        expect(Number.isInteger(s)).toBe(true)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(Math.max(0, count - 1))
      }),
      { numRuns: runs },
    )
  })
})

describe('chapters', () => {
  const chapters = [0, 2, 7, 11]
  it('finds the next chapter start, or stays at the last chapter', () => {
    expect(nextChapter(chapters, 0)).toBe(2)
    expect(nextChapter(chapters, 3)).toBe(7)
    expect(nextChapter(chapters, 11)).toBe(11)
    expect(nextChapter(chapters, 12)).toBe(12)
  })
  it('goes back to the current chapter start first, then to the one before', () => {
    expect(previousChapter(chapters, 9)).toBe(7)
    expect(previousChapter(chapters, 7)).toBe(2)
    expect(previousChapter(chapters, 0)).toBe(0)
    expect(previousChapter([3], 2)).toBe(0)
  })
})

describe('deep links', () => {
  it('names a step counted from 1, with the player id when it has one', () => {
    expect(stepHash('first-role', 2)).toBe('first-role-step-3')
    expect(stepHash('', 0)).toBe('step-1')
  })
  it('reads back only the links for this player', () => {
    expect(stepFromHash('#first-role-step-3', 'first-role')).toBe(2)
    expect(stepFromHash('#step-12', '')).toBe(11)
    expect(stepFromHash('#other-step-3', 'first-role')).toBeUndefined()
    expect(stepFromHash('#step-3', 'first-role')).toBeUndefined()
    expect(stepFromHash('#step-0', '')).toBeUndefined()
    expect(stepFromHash('#step-3x', '')).toBeUndefined()
    expect(stepFromHash('#step-%E0%A4%A', '')).toBeUndefined()
    expect(stepFromHash('#r%C3%B4le-step-2', 'rôle')).toBe(1)
  })
  it('round-trips every step of every id', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
        fc.integer({ min: 0, max: 99_999 }),
        (id, step) => {
          expect(stepFromHash(`#${encodeURIComponent(stepHash(id, step))}`, id)).toBe(step)
        },
      ),
      { numRuns: runs },
    )
  })
})

describe('hotkeyFor', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  })
  const cases: [string, KeyTarget, PlayerCommand | undefined][] = [
    [' ', 'other', 'toggle'],
    [' ', 'button', undefined],
    [',', 'other', 'previous'],
    ['.', 'button', 'next'],
    ['ArrowLeft', 'other', 'previous'],
    ['ArrowRight', 'button', 'next'],
    ['ArrowRight', 'range', undefined],
    ['ArrowRight', 'select', undefined],
    ['PageDown', 'other', 'next'],
    ['PageUp', 'other', 'previous'],
    ['Home', 'other', 'first'],
    ['End', 'range', undefined],
    ['End', 'other', 'last'],
    ['[', 'other', 'previousChapter'],
    [']', 'other', 'nextChapter'],
    ['?', 'other', 'help'],
    ['t', 'other', 'table'],
    ['T', 'other', 'table'],
    ['p', 'other', 'presenter'],
    ['t', 'text', undefined],
    ['Escape', 'text', 'close'],
    ['x', 'other', undefined],
  ]
  it.each(cases)('maps %j on a %s target to %s', (k, target, expected) => {
    expect(hotkeyFor(key(k), target)).toBe(expected)
  })
  it('leaves the browser its own shortcuts', () => {
    expect(hotkeyFor(key('ArrowLeft', { altKey: true }), 'other')).toBeUndefined()
    expect(hotkeyFor(key('p', { ctrlKey: true }), 'other')).toBeUndefined()
    expect(hotkeyFor(key('.', { metaKey: true }), 'other')).toBeUndefined()
  })
})

describe('timing', () => {
  it.each([
    ['600ms', 600],
    ['0.6s', 600],
    [' 0s ', 0],
    ['0', 0],
    ['', 1234],
    ['fast', 1234],
    ['-5ms', 1234],
  ])('reads the CSS time %j', (value, expected) => {
    expect(parseCssTime(value, 1234)).toBe(expected)
  })
  it('scales animation and reading pause by the speed', () => {
    expect(animationTime(600, 2)).toBe(300)
    expect(animationTime(600, 0.5)).toBe(1200)
    expect(readingPause('', 1, 1200)).toBe(1200)
    expect(readingPause('one two three', 1, 1200)).toBe(1500)
    expect(readingPause('one two three', 2, 1200)).toBe(750)
    expect(readingPause('a b', 1, 0)).toBe(0)
  })
  it('gives longer captions a longer pause, up to a bound', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'w').join(' ')
    expect(readingPause(words(40), 1, 1500)).toBeGreaterThan(readingPause(words(10), 1, 1500))
    expect(readingPause(words(1000), 1, 1500)).toBe(readingPause(words(120), 1, 1500))
  })
})

describe('fileNameOf', () => {
  it.each([
    ['scenarios/02-first-role.yaml', '02-first-role.yaml'],
    ['https://example.com/a/b.json?x=1#y', 'b.json'],
    ['https://example.com/dir/', undefined],
    ['my%20file.yaml', 'my file.yaml'],
  ])('names %s %s', (url, expected) => {
    expect(fileNameOf(url)).toBe(expected)
  })
})

describe('plainCaption', () => {
  it('flattens the narration markup into words', () => {
    expect(
      plainCaption('A **trust policy** names `omkar`.\n\nSee [docs](https://aws.amazon.com).'),
    ).toBe('A trust policy names omkar. See docs.')
    expect(plainCaption('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
  })
})
