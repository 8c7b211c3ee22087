import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closestName, closestNames } from './closest.ts'
import { editDistance } from './edit-distance.ts'

describe('editDistance', () => {
  it.each([
    ['trust', 'trust', 0],
    ['trsut', 'trust', 1],
    ['trst', 'trust', 1],
    ['trusts', 'trust', 1],
    ['trast', 'trust', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('from `%s` to `%s` is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })

  it('stops past its limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3)
  })

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b)
        return distance === editDistance(b, a) && (distance === 0) === (a === b)
      }),
      { numRuns: Number(process.env['HATRACK_FC_RUNS'] ?? 1000) },
    )
  })
})

describe('closestNames', () => {
  it('suggests the known key for a typo', () => {
    expect(closestNames('trsut', ['account', 'path', 'trust', 'policies'])).toEqual(['trust'])
  })

  it('prefers a name that differs only by case', () => {
    expect(closestName('implicitdeny', ['allowed', 'explicitDeny', 'implicitDeny'])).toBe(
      'implicitDeny',
    )
  })

  it('gives nothing when no name is close', () => {
    expect(closestNames('zebra', ['account', 'trust'])).toEqual([])
  })

  it('gives the ties at the best distance, in order', () => {
    expect(closestNames('rol', ['role', 'rolf', 'roles'])).toEqual(['role', 'rolf'])
  })
})
