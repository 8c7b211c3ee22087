import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLineIndex } from './position.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('createLineIndex', () => {
  const text = 'ab\ncd\r\nef\rgh'
  const at = createLineIndex(text)
  const cases: Array<[number, number, number]> = [
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [6, 2, 4],
    [7, 3, 1],
    [9, 3, 3],
    [10, 4, 1],
    [12, 4, 3],
  ]
  for (const [offset, line, column] of cases) {
    it(`puts offset ${offset} at line ${line}, column ${column} (LF, CRLF and CR all end a line)`, () => {
      expect(at(offset)).toEqual({ offset, line, column })
    })
  }

  it('clamps offsets past the end to the end of the text', () => {
    expect(at(99)).toEqual({ offset: 12, line: 4, column: 3 })
    expect(at(-5)).toEqual({ offset: 0, line: 1, column: 1 })
  })
})

/** The definition, one character at a time: a line ends at `\n`, `\r\n` or a lone `\r`. */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let start = 0
  for (let i = 0; i < at; i++) {
    const c = text[i]
    if (c === '\r' && text[i + 1] === '\n') continue
    if (c === '\n' || c === '\r') {
      line++
      start = i + 1
    }
  }
  return { line, column: at - start + 1 }
}

describe('createLineIndex against the definition', () => {
  const texts = fc
    .array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\t', 'é'), { maxLength: 60 })
    .map((parts) => parts.join(''))

  it('maps every offset, and offsets past either end, as the character-by-character reading does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const at = createLineIndex(text)
        for (let offset = -1; offset <= text.length + 1; offset++) {
          const { line, column } = at(offset)
          expect({ line, column }).toEqual(referencePosition(text, offset))
        }
      }),
      { numRuns: RUNS },
    )
  })
})
