/**
 * Denials stored compactly, one byte per pair: the gate that said no and whether it denied
 * explicitly. An error outside the engine (a token no provider accepts) is kept apart, by pair,
 * since such pairs are few.
 */
import type { GateName } from '@hatrack/engine'
import type { Denial } from './types.ts'

const GATES: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]

/** The code of a denial kept in the `errors` map. */
export const ERROR_CODE = 255

/** The byte for a denial. */
export function encodeDenial(denial: Denial): number {
  if (denial.reason === 'error') return ERROR_CODE
  return GATES.indexOf(denial.gate) * 2 + (denial.decision === 'explicitDeny' ? 1 : 0)
}

/** The denial of a byte (not `ERROR_CODE`). */
export function decodeDenial(code: number): Denial {
  const gate = GATES[code >> 1]
  if (gate === undefined) throw new Error(`invariant: no denial has code ${code}`)
  return { reason: 'decision', decision: code & 1 ? 'explicitDeny' : 'implicitDeny', gate }
}

/** The implicit deny of the trust gate: a trust policy that names nothing of the caller. */
export const TRUST_IMPLICIT_DENY: Denial = Object.freeze({
  reason: 'decision',
  decision: 'implicitDeny',
  gate: 'trust',
})

/** The implicit deny of the identity gate: no identity-based policy allows the call. */
export const IDENTITY_IMPLICIT_DENY: Denial = Object.freeze({
  reason: 'decision',
  decision: 'implicitDeny',
  gate: 'identity',
})
