/**
 * Unique ids in AWS's formats (iam-facts §1): a four-letter prefix that names the kind of
 * entity, then 17 characters of upper-case letters and digits 2–7, 21 characters in all
 * (`AIDAJQABLZS4A3QDU576Q`).
 */
import { randomString } from './random.ts'

/** The prefixes AWS uses, by entity. */
export const idPrefixes = {
  user: 'AIDA',
  role: 'AROA',
  group: 'AGPA',
  instanceProfile: 'AIPA',
  managedPolicy: 'ANPA',
  accessKey: 'AKIA',
  temporaryAccessKey: 'ASIA',
} as const

export type IdKind = keyof typeof idPrefixes

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const SECRET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A new unique id of the given kind, with the generator's new state. */
export function generateId(
  state: number,
  kind: IdKind,
): { readonly value: string; readonly state: number } {
  const body = randomString(state, BASE32, 17)
  return { value: idPrefixes[kind] + body.value, state: body.state }
}

/** A secret access key: 40 characters of base64's alphabet. */
export function generateSecret(state: number): { readonly value: string; readonly state: number } {
  return randomString(state, SECRET, 40)
}

/**
 * A session token. Real tokens are opaque and of no fixed size; Hatrack's are 356 characters
 * of base64's alphabet, recognisable and deterministic.
 */
export function generateSessionToken(state: number): {
  readonly value: string
  readonly state: number
} {
  const body = randomString(state, SECRET, 352)
  return { value: 'IQoJ' + body.value, state: body.state }
}

/** Tells which kind of entity a unique id names, from its prefix. */
export function idKindOf(id: string): IdKind | undefined {
  const prefix = id.slice(0, 4)
  for (const [kind, known] of Object.entries(idPrefixes))
    if (known === prefix) return kind as IdKind
  return undefined
}
