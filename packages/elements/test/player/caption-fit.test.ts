import { describe, expect, it } from 'vitest'
import { captionSpacers, tallestCandidates } from '../../src/player/caption-fit.ts'

describe('tallestCandidates', () => {
  // 60 characters fill a nominal line.
  const line = 'x'.repeat(60)
  it('ranks captions by the lines their paragraphs fill, most first', () => {
    const captions = [line, `${line}${line}${line}`, `${line}\n\n${line}`, 'short']
    expect(tallestCandidates(captions)).toEqual([
      `${line}${line}${line}`,
      `${line}\n\n${line}`,
      line,
      'short',
    ])
  })

  it('counts a paragraph break as more than a line-filling character', () => {
    const oneParagraph = `${line}${line}`
    const twoParagraphs = `${line}\n\n${line}`
    expect(tallestCandidates([oneParagraph, twoParagraphs])[0]).toBe(twoParagraphs)
  })

  it('counts a paragraph break as less than a whole line', () => {
    const threeLines = `${line}${line}${line}`
    const twoShort = 'z\n\nz'
    expect(tallestCandidates([twoShort, threeLines])[0]).toBe(threeLines)
  })

  it('keeps each text once, leaves out empty ones and keeps at most `count`', () => {
    const captions = ['a', 'a', '', '  ', 'bb', 'ccc', 'dddd']
    expect(tallestCandidates(captions, 2)).toHaveLength(2)
    expect(tallestCandidates(captions)).toEqual(expect.arrayContaining(['a', 'bb', 'ccc', 'dddd']))
    expect(tallestCandidates(captions)).toHaveLength(4)
  })
})

describe('captionSpacers', () => {
  it('lays out at most five, the same array for the same captions', () => {
    const captions = Array.from({ length: 12 }, (_, n) => 'word '.repeat(13 * (n + 1)))
    const spacers = captionSpacers(captions)
    expect(spacers).toHaveLength(5)
    expect(spacers[0]).toBe(captions[11])
    expect(captionSpacers(captions)).toBe(spacers)
  })
})
