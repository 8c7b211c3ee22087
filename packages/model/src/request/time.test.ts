import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { epochSeconds, isoInstant } from './time.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('isoInstant', () => {
  it('writes UTC to the second, with milliseconds only when there are some', () => {
    expect(isoInstant(Date.UTC(2026, 0, 1, 9))).toBe('2026-01-01T09:00:00Z')
    expect(isoInstant(Date.UTC(2026, 0, 1, 9, 0, 0, 250))).toBe('2026-01-01T09:00:00.250Z')
  })

  it('gives the same text for an instant asked twice in a row or again later', () => {
    const instants = fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { maxLength: 20 })
    fc.assert(
      fc.property(instants, (list) => {
        for (const instant of [...list, ...list.slice().reverse()]) {
          const expected = new Date(instant).toISOString().replace(/\.000Z$/, 'Z')
          expect(isoInstant(instant)).toBe(expected)
          expect(isoInstant(instant)).toBe(expected)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('refuses an instant that is not a date, every time', () => {
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError)
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError)
  })
})

describe('epochSeconds', () => {
  it('counts whole seconds', () => {
    expect(epochSeconds(1_767_258_000_999)).toBe('1767258000')
  })
})
