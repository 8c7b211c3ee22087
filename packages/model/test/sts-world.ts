/**
 * Worlds for the request, STS, session and service tests: two accounts, built with the IAM
 * operations as an administrator's changes. Test support only.
 */
import type { Outcome } from '../src/operations/types.ts'
import {
  attachRolePolicy,
  createRole,
  createUser,
  enableMfaDevice,
  putRolePolicy,
  putUserPolicy,
} from '../src/iam/index.ts'
import { createWorld } from '../src/world/create-world.ts'
import type { MfaDevice, Tag, World } from '../src/world/types.ts'

export const A = '111111111111'
export const B = '222222222222'
export const C = '333333333333'
/** 2026-01-01T09:00:00Z */
export const NOW = Date.UTC(2026, 0, 1, 9, 0, 0)
export const ADMIN = { kind: 'admin' } as const

/** The value of a successful outcome, with its world; fails the test otherwise. */
export function ok<T>(outcome: Outcome<T>): { readonly world: World; readonly value: T } {
  if (outcome.status !== 'ok')
    throw new Error(`expected success, got ${outcome.error.code}: ${outcome.error.message}`)
  return { world: outcome.world, value: outcome.value }
}

/** A world of accounts A, B and C at `NOW`. */
export function emptyWorld(seed = 7): World {
  const created = createWorld({ seed, now: NOW, accounts: [{ id: A }, { id: B }, { id: C }] })
  if (!created.ok) throw new Error('fixture world is invalid')
  return created.world
}

/** An identity policy document allowing `actions` on `resources`. */
export function allow(
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

/** A trust policy document: `principal` may call `actions` (`sts:AssumeRole` by default). */
export function trust(
  principal: object,
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

/** Adds a user with inline policies (`inline-1`, …) and tags. */
export function withUser(
  world: World,
  account: string,
  name: string,
  policies: readonly object[] = [],
  tags: readonly Tag[] = [],
): World {
  let next = ok(createUser(world, ADMIN, { accountId: account, userName: name, tags })).world
  policies.forEach((document, index) => {
    next = ok(
      putUserPolicy(next, ADMIN, {
        accountId: account,
        userName: name,
        policyName: `inline-${index + 1}`,
        policyDocument: document,
      }),
    ).world
  })
  return next
}

/** Adds a role with a trust policy, inline policies, managed policy ARNs and options. */
export function withRole(
  world: World,
  account: string,
  name: string,
  trustPolicy: object,
  options: {
    readonly policies?: readonly object[]
    readonly managed?: readonly string[]
    readonly maxSessionDuration?: number
    readonly tags?: readonly Tag[]
    readonly path?: string
  } = {},
): World {
  let next = ok(
    createRole(world, ADMIN, {
      accountId: account,
      roleName: name,
      assumeRolePolicyDocument: trustPolicy,
      ...(options.maxSessionDuration ? { maxSessionDuration: options.maxSessionDuration } : {}),
      ...(options.tags ? { tags: options.tags } : {}),
      ...(options.path ? { path: options.path } : {}),
    }),
  ).world
  ;(options.policies ?? []).forEach((document, index) => {
    next = ok(
      putRolePolicy(next, ADMIN, {
        accountId: account,
        roleName: name,
        policyName: `inline-${index + 1}`,
        policyDocument: document,
      }),
    ).world
  })
  for (const arn of options.managed ?? []) {
    next = ok(
      attachRolePolicy(next, ADMIN, { accountId: account, roleName: name, policyArn: arn }),
    ).world
  }
  return next
}

/** Gives a user a virtual MFA device. */
export function withMfa(
  world: World,
  account: string,
  userName: string,
  deviceName = userName,
): { readonly world: World; readonly device: MfaDevice } {
  const made = ok(enableMfaDevice(world, ADMIN, { accountId: account, userName, deviceName }))
  return { world: made.world, device: made.value }
}

/** The ARN of role `name` (path `/`) in `account`. */
export function roleArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:role/${name}`
}

/** The ARN of user `name` (path `/`) in `account`. */
export function userArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:user/${name}`
}

/** Moves the world's clock forward. */
export function later(world: World, ms: number): World {
  return { ...world, now: world.now + ms }
}
