import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareDecimal, parseDecimal } from './decimal.ts'

const N =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric'
const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('parseDecimal (table)', () => {
  const rows = [
    { text: '10', ok: true },
    { text: '-3', ok: true },
    { text: '+0.25', ok: true },
    { text: '.5', ok: true },
    { text: '10.', ok: true },
    { text: '007', ok: true },
    { text: '', ok: false },
    { text: '-', ok: false },
    { text: '.', ok: false },
    { text: '1e3', ok: false },
    { text: ' 1', ok: false },
    { text: '0x10', ok: false },
    { text: 'NaN', ok: false },
    { text: '1.2.3', ok: false },
  ].map((row) => ({ ...row, source: N }))
  it.each(rows)('`$text` is a number: $ok', ({ text, ok }) => {
    expect(parseDecimal(text) !== undefined).toBe(ok)
  })
})

describe('compareDecimal', () => {
  const cmp = (a: string, b: string) => compareDecimal(parseDecimal(a)!, parseDecimal(b)!)

  it('orders numbers exactly, beyond floating point', () => {
    expect(cmp('12345678901234567890', '12345678901234567891')).toBe(-1)
    expect(cmp('0.1', '0.10')).toBe(0)
    expect(cmp('-0', '0')).toBe(0)
    expect(cmp('-2', '-10')).toBe(1)
    expect(cmp('2.5', '2.45')).toBe(1)
    expect(cmp('-2.5', '-2.45')).toBe(-1)
  })

  it('agrees with Number on integers and short decimals', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 999 }))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(3, '0')}`)
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(cmp(a, b)).toBe(Math.sign(Number(a) - Number(b)) || 0)
      }),
      { numRuns: runs },
    )
  })
})
