import { describe, expect, it } from 'vitest'
import { Lexer } from 'yaml'
import { NestingGauge } from './nesting.ts'
import { exceedsBytes } from './size.ts'

/** The offset where the nesting of `text` first exceeds `limit`, as the reader finds it. */
function excessiveNesting(text: string, limit: number): number | undefined {
  const gauge = new NestingGauge(limit)
  for (const token of new Lexer().lex(text)) {
    const over = gauge.feed(token)
    if (over !== undefined) return over
  }
  return undefined
}

describe('NestingGauge', () => {
  it('lets a scenario through', () => {
    const text =
      'hatrack: 1\nroles:\n  Admin:\n    trust:\n      Statement:\n        - Effect: Allow\n          Condition: { StringEquals: { a: [b] } }\n'
    expect(excessiveNesting(text, 20)).toBeUndefined()
  })

  it('does not count brackets inside quotes, comments and block scalars', () => {
    const text = `a: "${'['.repeat(50)}"\nb: '${'{'.repeat(50)}'\n# ${'['.repeat(50)}\nc: |\n  ${'['.repeat(50)}\n`
    expect(excessiveNesting(text, 10)).toBeUndefined()
  })

  it.each([
    ['flow brackets', `x: ${'['.repeat(30)}`, 21],
    ['compact sequences', `${'- '.repeat(30)}x`, 38],
  ])('stops at the first of too many %s', (_name, text, offset) => {
    expect(excessiveNesting(text, 20)).toBe(offset)
  })

  it('does not count the keys of a one-line JSON document as nesting', () => {
    const steps = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, advance: '1m' }))
    const text = JSON.stringify({ hatrack: 1, title: 't', accounts: { a: { id: '1' } }, steps })
    expect(excessiveNesting(text, 20)).toBeUndefined()
  })

  it('still counts the brackets of one-line JSON', () => {
    expect(excessiveNesting('{"a":'.repeat(30) + '1' + '}'.repeat(30), 20)).toBeGreaterThan(0)
  })

  it('counts indentation levels', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')
    expect(excessiveNesting(text, 20)).toBeGreaterThan(0)
  })
})

describe('exceedsBytes', () => {
  it.each([
    ['ascii at the limit', 'a'.repeat(10), 10, false],
    ['ascii over the limit', 'a'.repeat(11), 10, true],
    ['two-byte characters', 'é'.repeat(6), 11, true],
    ['four-byte characters', '😀'.repeat(2), 8, false],
    ['four-byte characters over', '😀'.repeat(3), 11, true],
  ])('%s', (_name, text, limit, over) => {
    expect(exceedsBytes(text, limit)).toBe(over)
  })
})
