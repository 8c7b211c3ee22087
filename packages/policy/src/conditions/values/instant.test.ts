import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInstant } from './instant.ts'

const W3C = 'https://www.w3.org/TR/NOTE-datetime'
const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('parseInstant (table)', () => {
  const rows = [
    { text: '1997', expected: Date.UTC(1997, 0, 1) },
    { text: '1997-07', expected: Date.UTC(1997, 6, 1) },
    { text: '1997-07-16', expected: Date.UTC(1997, 6, 16) },
    { text: '1997-07-16T19:20+01:00', expected: Date.UTC(1997, 6, 16, 18, 20) },
    { text: '1997-07-16T19:20:30+01:00', expected: Date.UTC(1997, 6, 16, 18, 20, 30) },
    { text: '1997-07-16T19:20:30.45+01:00', expected: Date.UTC(1997, 6, 16, 18, 20, 30, 450) },
    { text: '1997-07-16T19:20:30Z', expected: Date.UTC(1997, 6, 16, 19, 20, 30) },
    { text: '0', expected: 0 },
    { text: '-86400', expected: -86_400_000 },
    { text: '1767258000', expected: Date.UTC(2026, 0, 1, 9) },
    { text: '0001-01-01', expected: Date.UTC(2000, 0, 1) - 730_119 * 86_400_000 },
    { text: '2000-02-29', expected: Date.UTC(2000, 1, 29) },
    { text: '1900-02-29', expected: undefined },
    { text: '1997-13-01', expected: undefined },
    { text: '1997-07-16T24:00Z', expected: undefined },
    { text: '1997-07-16T19:20', expected: undefined },
    { text: '1997-07-16 19:20Z', expected: undefined },
    { text: '1997-07-16t19:20z', expected: undefined },
    { text: '97-07-16', expected: undefined },
    { text: '1.5', expected: undefined },
    { text: '', expected: undefined },
  ].map((row) => ({ ...row, source: W3C }))
  it.each(rows)('`$text`', ({ text, expected }) => {
    expect(parseInstant(text)).toBe(expected)
  })
})

describe('parseInstant', () => {
  it('refuses years past 9999 (fast-check counterexample of a generator that overflowed)', () => {
    expect(parseInstant('+010000-01-01T00:00:00.+00:07')).toBeUndefined()
  })

  it('agrees with the platform on ISO strings with zone offsets', () => {
    const iso = fc
      .tuple(
        fc.date({
          min: new Date('1000-01-01T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
      )
      .map(([date, offset]) => {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23)
        const sign = offset < 0 ? '-' : '+'
        const abs = Math.abs(offset)
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
        return { text: `${local}${zone}`, time: date.getTime() }
      })
    fc.assert(
      fc.property(iso, ({ text, time }) => {
        expect(parseInstant(text)).toBe(time)
      }),
      { numRuns: runs },
    )
  })
})
