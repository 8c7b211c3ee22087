import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  generateId,
  generateSecret,
  generateSessionToken,
  idKindOf,
  idPrefixes,
} from './unique-id.ts'

describe('generateId', () => {
  it('makes 21-character ids with the prefix of their kind (iam-facts §1)', () => {
    for (const kind of Object.keys(idPrefixes) as (keyof typeof idPrefixes)[]) {
      const { value } = generateId(42, kind)
      expect(value).toMatch(/^[A-Z]{4}[A-Z2-7]{17}$/)
      expect(value.startsWith(idPrefixes[kind])).toBe(true)
      expect(idKindOf(value)).toBe(kind)
    }
  })

  it('gives the same id for the same seed and another for the next state', () => {
    const first = generateId(7, 'user')
    expect(generateId(7, 'user').value).toBe(first.value)
    expect(generateId(first.state, 'user').value).not.toBe(first.value)
  })

  it('does not repeat an id over a long run from one seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const seen = new Set<string>()
        let state = seed
        for (let i = 0; i < 500; i++) {
          const next = generateId(state, 'role')
          expect(seen.has(next.value)).toBe(false)
          seen.add(next.value)
          state = next.state
        }
      }),
      { numRuns: 50 },
    )
  })
})

describe('secrets and tokens', () => {
  it('makes 40-character secret keys and opaque session tokens', () => {
    expect(generateSecret(1).value).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(generateSessionToken(1).value).toMatch(/^IQoJ[A-Za-z0-9+/]{352}$/)
  })
})
