import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isJsonWhitespace, nonWhitespaceLength, policySize } from './policy-size.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('policySize counts characters other than white space, as IAM does', () => {
  const cases: Array<{ name: string; input: unknown; size: number }> = [
    { name: 'an empty text', input: '', size: 0 },
    { name: 'only white space', input: ' \t\r\n  ', size: 0 },
    { name: 'a minified document', input: '{"Statement":[]}', size: 16 },
    { name: 'the same document indented', input: '{\n  "Statement": [\n  ]\n}\n', size: 16 },
    { name: 'spaces inside strings too', input: '{"Id": "a b c"}', size: 12 },
    {
      name: 'a value, written as compact JSON',
      input: { Version: '2012-10-17', Statement: [] },
      size: 39,
    },
    { name: 'Latin-1 characters one each', input: '"é ü"', size: 4 },
    { name: 'a value JSON cannot hold', input: { n: 1n }, size: 0 },
  ]
  for (const c of cases) {
    it(`counts ${c.name}: ${c.size}`, () => {
      expect(policySize(c.input)).toBe(c.size)
    })
  }

  it('is the same for a value and for its indented JSON text', () => {
    fc.assert(
      // A string is taken as the text of a document, not as a JSON string value.
      fc.property(
        fc.jsonValue().filter((v) => typeof v !== 'string'),
        (value) => {
          const compact = policySize(value)
          expect(policySize(JSON.stringify(value, null, 2))).toBe(compact)
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('nonWhitespaceLength', () => {
  it('counts what a character-by-character reading counts: only space, tab, LF and CR are white space', () => {
    const text = fc
      .array(
        fc.constantFrom('a', ' ', '\t', '\n', '\r', '\u00a0', '\v', '\f', '\u2028', 'é', '😀'),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        let expected = 0
        for (let i = 0; i < value.length; i++)
          if (!isJsonWhitespace(value.charCodeAt(i))) expected++
        expect(nonWhitespaceLength(value)).toBe(expected)
      }),
      { numRuns: RUNS },
    )
  })
})
