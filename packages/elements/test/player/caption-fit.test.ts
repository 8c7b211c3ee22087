import { describe, expect, it } from 'vitest'
import { tallestCandidates } from '../../src/player/caption-fit.ts'

describe('tallestCandidates', () => {
  const line = 'x'.repeat(50)
  it('ranks captions by the lines their paragraphs fill at the width, most first', () => {
    // 400 px at 16 px type: 50 characters a line.
    const captions = [line, `${line}${line}${line}`, `${line}\n\n${line}`, 'short']
    expect(tallestCandidates(captions, 400, 16)).toEqual([
      `${line}${line}${line}`,
      `${line}\n\n${line}`,
      line,
      'short',
    ])
  })

  it('counts a paragraph break as more than a line-filling character', () => {
    const oneParagraph = `${line}${line}`
    const twoParagraphs = `${line}\n\n${line}`
    expect(tallestCandidates([oneParagraph, twoParagraphs], 400, 16)[0]).toBe(twoParagraphs)
  })

  it('keeps each text once, leaves out empty ones and keeps at most `count`', () => {
    const captions = ['a', 'a', '', '  ', 'bb', 'ccc', 'dddd']
    expect(tallestCandidates(captions, 400, 16, 2)).toHaveLength(2)
    expect(tallestCandidates(captions, 400, 16)).toEqual(
      expect.arrayContaining(['a', 'bb', 'ccc', 'dddd']),
    )
    expect(tallestCandidates(captions, 400, 16)).toHaveLength(4)
  })

  it('narrower means more lines: a long paragraph overtakes two short ones', () => {
    const long = 'y'.repeat(90)
    const twoShort = 'z\n\nz'
    expect(tallestCandidates([twoShort, long], 2000, 16)[0]).toBe(twoShort)
    expect(tallestCandidates([twoShort, long], 200, 16)[0]).toBe(long)
  })
})
