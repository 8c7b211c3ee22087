/**
 * Test support for the world and IAM operations: a two-account world, the administrator
 * caller, policy documents, and helpers that unwrap outcomes (failing the test loudly).
 */
import type { Caller, Outcome } from '../../src/operations/types.ts'
import { createWorld } from '../../src/world/create-world.ts'
import type { World } from '../../src/world/types.ts'

export const A = '111111111111'
export const B = '222222222222'
export const NOW = Date.UTC(2026, 0, 1, 9)
export const admin: Caller = { kind: 'admin' }

/** A world with accounts A and B. */
export function twoAccounts(seed = 1): World {
  const result = createWorld({ seed, now: NOW, accounts: [{ id: A, alias: 'alpha' }, { id: B }] })
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '))
  return result.world
}

/** The world and value of a successful outcome; throws with AWS's message otherwise. */
export function ok<T>(outcome: Outcome<T>): { readonly world: World; readonly value: T } {
  if (outcome.status === 'error') throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return { world: outcome.world, value: outcome.value }
}

/** The error of a failed outcome; throws when it succeeded. */
export function err<T>(outcome: Outcome<T>): { readonly code: string; readonly message: string } {
  if (outcome.status === 'ok') throw new Error('expected the operation to fail, it succeeded')
  return outcome.error
}

/** A trust policy letting `principal` (an `AWS` principal) assume the role. */
export function trustAws(principal: string | string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  })
}

/** A trust policy for a service principal. */
export function trustService(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  })
}

/** An identity policy allowing `action` on `resource`, padded to grow its size when asked. */
export function allow(action: string | string[], resource = '*', sid?: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { ...(sid ? { Sid: sid } : {}), Effect: 'Allow', Action: action, Resource: resource },
    ],
  })
}

/** An identity policy of roughly `size` non-whitespace characters. */
export function policyOfSize(size: number): string {
  const base = allow('s3:GetObject', 'arn:aws:s3:::x')
  const padding = Math.max(0, size - base.length)
  return allow('s3:GetObject', `arn:aws:s3:::x${'a'.repeat(padding)}`)
}
