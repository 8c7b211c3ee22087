/**
 * Values that satisfy one condition clause, read from the clause itself: the analysis tries
 * them as what a caller would pass. They are candidates only: every attempt is decided by the
 * engine, so a value that does not satisfy the clause (or breaks an STS shape) just fails.
 * (iam-facts §4: operators; `*` and `?` of `StringLike` and `ArnLike`; negated operators.)
 */
import type { ConditionClause } from '@hatrack/policy'

/** A value no policy would name: satisfies negated string and ARN operators. */
export const OTHER_VALUE = 'hatrack-other'

/** Addresses in the documentation ranges (RFC 5737): outside any CIDR a policy would list. */
const OUTSIDE_ADDRESSES = ['203.0.113.7', '198.51.100.7']

/** Candidate values for the clause's key, given its (resolved) policy values. */
export function satisfyingValues(clause: ConditionClause, values: readonly string[]): string[] {
  const base = clause.base
  switch (base) {
    case undefined:
      return []
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'ArnEquals':
    case 'BinaryEquals':
      return unique(values)
    case 'StringLike':
    case 'ArnLike':
      return unique(values.flatMap(instantiate))
    case 'StringNotEquals':
    case 'StringNotEqualsIgnoreCase':
    case 'StringNotLike':
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return [OTHER_VALUE]
    case 'Bool':
      return unique(
        values.map((value) => value.toLowerCase()).filter((v) => v === 'true' || v === 'false'),
      )
    case 'NumericEquals':
    case 'NumericNotEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals':
      return unique(values.flatMap(numericNeighbours))
    case 'IpAddress':
      return unique(values.map(addressIn))
    case 'NotIpAddress':
      return OUTSIDE_ADDRESSES
    case 'Null':
      return values.some((value) => value.toLowerCase() === 'false') ? [OTHER_VALUE] : []
    case 'DateEquals':
    case 'DateNotEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals':
      return []
  }
}

/** A `StringLike` pattern made concrete: `*` as nothing, and as one character. */
function instantiate(pattern: string): string[] {
  const shortest = pattern.replace(/\*/g, '').replace(/\?/g, 'x')
  const filled = pattern.replace(/\*/g, 'x').replace(/\?/g, 'x')
  return shortest === '' ? [filled] : [shortest, filled]
}

function numericNeighbours(value: string): string[] {
  const number = Number(value)
  if (!Number.isFinite(number)) return []
  return [String(number), String(number + 1), String(number - 1)]
}

/** An address inside a CIDR (its network address; the address itself when bare). */
function addressIn(cidr: string): string {
  const [address = '', bits] = cidr.split('/')
  if (bits === undefined || address.includes(':')) return address
  const octets = address.split('.').map(Number)
  const prefix = Number(bits)
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o)) || !Number.isInteger(prefix))
    return address
  const value = octets.reduce((sum, octet) => sum * 256 + octet, 0)
  const size = 2 ** (32 - Math.min(32, Math.max(0, prefix)))
  const network = value - (value % size) + (size > 2 ? 1 : 0)
  return [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
