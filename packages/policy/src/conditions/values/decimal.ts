/**
 * Exact decimal numbers for the `Numeric…` operators, which compare "an integer or decimal
 * value" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric).
 * Compared digit by digit, so `12345678901234567890` and `12345678901234567891` differ (as
 * floating point they would not). Accepted: an optional sign, digits, an optional fraction
 * (`7`, `-3`, `+0.25`, `.5`, `10.`). Not accepted: exponents, spaces, `NaN`, hex (our reading:
 * "integer or decimal" names plain decimal notation).
 */

/** A decimal in canonical form: no leading zeros in `whole`, no trailing zeros in `fraction`. */
export interface Decimal {
  readonly sign: -1 | 0 | 1
  readonly whole: string
  readonly fraction: string
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** Reads a decimal number, or `undefined` when `text` is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL.exec(text)
  if (match === null) return undefined
  const rawWhole = match[2] ?? ''
  const rawFraction = match[3] ?? ''
  if (rawWhole === '' && rawFraction === '') return undefined
  const whole = rawWhole.replace(/^0+/, '')
  const fraction = rawFraction.replace(/0+$/, '')
  if (whole === '' && fraction === '') return { sign: 0, whole, fraction }
  return { sign: match[1] === '-' ? -1 : 1, whole, fraction }
}

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1
  if (a.sign === 0) return 0
  const magnitude = compareMagnitude(a, b)
  return a.sign === 1 ? magnitude : magnitude === 0 ? 0 : magnitude === 1 ? -1 : 1
}

function compareMagnitude(a: Decimal, b: Decimal): -1 | 0 | 1 {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1
  // Without trailing zeros, the shorter of two fractions sharing a prefix is the smaller.
  if (a.fraction === b.fraction) return 0
  return a.fraction < b.fraction ? -1 : 1
}
