import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64 } from './base64.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('decodeBase64', () => {
  it('decodes what the platform encodes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const padded = Buffer.from(bytes).toString('base64')
        const expected = String.fromCharCode(...bytes)
        expect(decodeBase64(padded)).toBe(expected)
        expect(decodeBase64(padded.replace(/=+$/, ''))).toBe(expected)
      }),
      { numRuns: runs },
    )
  })

  it('refuses other alphabets, stray characters and wrong padding', () => {
    for (const text of ['a', 'AAE==', 'A===', 'AA=A', '-_8=', 'AA E', 'QQ=']) {
      expect(decodeBase64(text), text).toBeUndefined()
    }
  })
})
