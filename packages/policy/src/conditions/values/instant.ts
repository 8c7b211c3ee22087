/**
 * Dates for the `Date…` operators: "one of the W3C implementations of the ISO 8601 date formats"
 * or epoch (UNIX) time, compared as instants
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date,
 * https://www.w3.org/TR/NOTE-datetime).
 *
 * The W3C forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mmTZD`, `YYYY-MM-DDThh:mm:ssTZD`,
 * `YYYY-MM-DDThh:mm:ss.sTZD`, where TZD is `Z` or `±hh:mm` (required once a time is given).
 * A date without a time is its first instant, UTC. Epoch time is whole seconds, optionally
 * negative. Our reading where AWS is silent: exactly four digits are a year (`2024`), not 2,024
 * seconds after 1970; `T` and `Z` are upper case, as the W3C note writes them; no leap seconds.
 * Pure arithmetic: no `Date` object, so no host time zone can leak in.
 */

const W3C =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/
const EPOCH = /^-?\d+$/

/** The instant `text` names, in milliseconds since 1970-01-01T00:00:00Z, or `undefined`. */
export function parseInstant(text: string): number | undefined {
  const match = W3C.exec(text)
  if (match !== null) return fromParts(match)
  if (EPOCH.test(text)) return Number(text) * 1000
  return undefined
}

function fromParts(match: RegExpExecArray): number | undefined {
  const year = Number(match[1])
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  const hour = match[4] === undefined ? 0 : Number(match[4])
  const minute = match[5] === undefined ? 0 : Number(match[5])
  const second = match[6] === undefined ? 0 : Number(match[6])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const offset = offsetMinutes(match[8])
  if (offset === undefined) return undefined
  const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000
  const minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset
  return minutes * 60_000 + second * 1000 + fraction
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0
  const hours = Number(zone.slice(1, 3))
  const minutes = Number(zone.slice(4, 6))
  if (hours > 23 || minutes > 59) return undefined
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}
