import { describe, expect, it } from 'vitest'
import { createLineIndex } from './position.ts'

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
