/**
 * Building worlds for the analysis's tests and benchmark: the model's own IAM and Organizations
 * operations, run as an administrator's changes, each outcome unwrapped (a failure here is a
 * broken fixture, so it throws). Test support only: not exported from the package.
 */
import type { Outcome } from '../../operations/types.ts'
import type { OrganizationsOutcome } from '../../organizations/types.ts'
import type { World } from '../../world/types.ts'

/** An administrator's change, made outside the simulation. */
export const ADMIN = { kind: 'admin' } as const

/** The world and value of a successful IAM outcome; throws with AWS's message otherwise. */
export function must<T>(outcome: Outcome<T>): { readonly world: World; readonly value: T } {
  if (outcome.status !== 'ok')
    throw new Error(`fixture: ${outcome.error.code}: ${outcome.error.message}`)
  return { world: outcome.world, value: outcome.value }
}

/** The same for an Organizations outcome. */
export function mustOrg<T>(outcome: OrganizationsOutcome<T>): {
  readonly world: World
  readonly value: T
} {
  if (outcome.status !== 'ok')
    throw new Error(`fixture: ${outcome.error.code}: ${outcome.error.message}`)
  return { world: outcome.world, value: outcome.value }
}

/** A small seeded generator (mulberry32): the same seed, the same world. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An identity policy document allowing `actions` on `resources`, with an optional condition. */
export function allowDocument(
  actions: string | readonly string[],
  resources: string | readonly string[] = '*',
  condition?: object,
): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: actions,
        Resource: resources,
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  }
}

/** A trust policy document: `principal` may call `actions`, with an optional condition. */
export function trustDocument(
  principal: object | string,
  actions: string | readonly string[] = 'sts:AssumeRole',
  condition?: object,
): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: principal,
        Action: actions,
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  }
}
