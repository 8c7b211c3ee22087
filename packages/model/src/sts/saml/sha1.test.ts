import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha1Base64 } from './sha1.ts'

describe('sha1Base64', () => {
  it('gives the FIPS 180 test vectors (abc, the empty string)', () => {
    // SHA1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d
    expect(sha1Base64('abc')).toBe('qZk+NkcGgWq6PiVxeFDCbJzQ2J0=')
    expect(sha1Base64('')).toBe('2jmj7l5rSw0yVb/vlWAYkK/YBwk=')
  })

  it('agrees with node:crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha1Base64(text)).toBe(createHash('sha1').update(text, 'utf8').digest('base64'))
      }),
      { numRuns: Number(process.env.HATRACK_FC_RUNS ?? 1000) },
    )
  })
})
