/**
 * Random sequences of IAM operations (create, delete, attach, detach, inline policies, keys,
 * instance profiles, boundaries, tags, service-linked roles), as an administrator and as users
 * of the world, keep the world consistent after every step:
 * - no dangling attachment, boundary, group membership or instance-profile role;
 * - names unique regardless of case, ids unique, quotas never exceeded (iam-facts §1, §15);
 * - a failed operation returns no world and leaves the one it was given untouched, and a
 *   successful one does not touch its input either (nothing half-applied, nothing mutated);
 * - a small reference model of which users, groups and roles exist agrees with every outcome;
 * - the same operations from the same seed give the same world, ids included.
 * Runs: HATRACK_FC_RUNS (default 1,000).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Caller, Outcome } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
import { addUserToGroup } from './add-user-to-group.ts'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
import { createAccessKey } from './create-access-key.ts'
import { createGroup } from './create-group.ts'
import { createInstanceProfile } from './create-instance-profile.ts'
import { createPolicy } from './create-policy.ts'
import { createRole } from './create-role.ts'
import { createServiceLinkedRole } from './create-service-linked-role.ts'
import { createUser } from './create-user.ts'
import { deleteAccessKey } from './delete-access-key.ts'
import { deleteGroup } from './delete-group.ts'
import { deleteInstanceProfile } from './delete-instance-profile.ts'
import { deleteRolePolicy } from './delete-inline-policy.ts'
import { deletePolicy } from './delete-policy.ts'
import { deleteRole } from './delete-role.ts'
import { deleteUser } from './delete-user.ts'
import { detachGroupPolicy, detachRolePolicy, detachUserPolicy } from './detach-policy.ts'
import { putRolePermissionsBoundary } from './permissions-boundary.ts'
import { putRolePolicy } from './put-inline-policy.ts'
import { removeRoleFromInstanceProfile } from './remove-role-from-instance-profile.ts'
import { removeUserFromGroup } from './remove-user-from-group.ts'
import { tagRole } from './tag-entity.ts'
import { A, allow, policyOfSize, trustAws, twoAccounts } from '../../test/iam-support/fixture.ts'
import { brokenInvariants, snapshot } from '../../test/iam-support/invariants.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

const names = ['ann', 'ANN', 'bob']
const policies = [
  `arn:aws:iam::${A}:policy/ann`,
  `arn:aws:iam::${A}:policy/bob`,
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
  'arn:aws:iam::aws:policy/NoSuchManagedPolicy',
]

type Command = {
  readonly op: string
  readonly name: string
  readonly other: string
  readonly policy: string
  readonly n: number
}

/** Creations weigh more than the rest, so sequences build up enough to break things. */
const creates = [
  'createUser',
  'createGroup',
  'createRole',
  'createPolicy',
  'createInstanceProfile',
  'createAccessKey',
  'createSlr',
]
const others = [
  'deleteUser',
  'deleteGroup',
  'addUserToGroup',
  'removeUserFromGroup',
  'deleteRole',
  'deletePolicy',
  'attachUser',
  'attachRole',
  'attachGroup',
  'detachUser',
  'detachRole',
  'detachGroup',
  'putRolePolicy',
  'deleteRolePolicy',
  'deleteAccessKey',
  'addRoleToProfile',
  'removeRoleFromProfile',
  'deleteInstanceProfile',
  'putRoleBoundary',
  'tagRole',
]

const command: fc.Arbitrary<Command> = fc.record({
  op: fc.oneof(
    { arbitrary: fc.constantFrom(...creates), weight: 1 },
    { arbitrary: fc.constantFrom(...others), weight: 2 },
  ),
  name: fc.constantFrom(...names),
  other: fc.constantFrom(...names),
  policy: fc.constantFrom(...policies),
  n: fc.nat(8000),
})

/** Runs one command; the caller is the administrator or, for some commands, user ann. */
function apply(world: World, c: Command, caller: Caller): Outcome<unknown> {
  const accountId = A
  switch (c.op) {
    case 'createUser':
      return createUser(world, caller, { accountId, userName: c.name })
    case 'deleteUser':
      return deleteUser(world, caller, { accountId, userName: c.name })
    case 'createGroup':
      return createGroup(world, caller, { accountId, groupName: c.name })
    case 'deleteGroup':
      return deleteGroup(world, caller, { accountId, groupName: c.name })
    case 'addUserToGroup':
      return addUserToGroup(world, caller, { accountId, groupName: c.other, userName: c.name })
    case 'removeUserFromGroup':
      return removeUserFromGroup(world, caller, { accountId, groupName: c.other, userName: c.name })
    case 'createRole':
      return createRole(world, caller, {
        accountId,
        roleName: c.name,
        assumeRolePolicyDocument: trustAws(c.n % 2 ? A : `arn:aws:iam::${A}:user/${c.other}`),
      })
    case 'deleteRole':
      return deleteRole(world, caller, { accountId, roleName: c.name })
    case 'createPolicy':
      return createPolicy(world, caller, {
        accountId,
        policyName: c.name,
        policyDocument: allow('s3:GetObject'),
      })
    case 'deletePolicy':
      return deletePolicy(world, caller, { policyArn: c.policy })
    case 'attachUser':
      return attachUserPolicy(world, caller, { accountId, userName: c.name, policyArn: c.policy })
    case 'attachRole':
      return attachRolePolicy(world, caller, { accountId, roleName: c.name, policyArn: c.policy })
    case 'attachGroup':
      return attachGroupPolicy(world, caller, { accountId, groupName: c.name, policyArn: c.policy })
    case 'detachUser':
      return detachUserPolicy(world, caller, { accountId, userName: c.name, policyArn: c.policy })
    case 'detachRole':
      return detachRolePolicy(world, caller, { accountId, roleName: c.name, policyArn: c.policy })
    case 'detachGroup':
      return detachGroupPolicy(world, caller, { accountId, groupName: c.name, policyArn: c.policy })
    case 'putRolePolicy':
      return putRolePolicy(world, caller, {
        accountId,
        roleName: c.name,
        policyName: c.other,
        policyDocument: policyOfSize(c.n),
      })
    case 'deleteRolePolicy':
      return deleteRolePolicy(world, caller, { accountId, roleName: c.name, policyName: c.other })
    case 'createAccessKey':
      return createAccessKey(world, caller, { accountId, userName: c.name })
    case 'deleteAccessKey': {
      const key =
        world.accounts.get(A)?.users.get(c.name.toLowerCase())?.accessKeys[0]?.id ??
        'AKIAAAAAAAAAAAAAAAAA'
      return deleteAccessKey(world, caller, { accountId, userName: c.name, accessKeyId: key })
    }
    case 'createInstanceProfile':
      return createInstanceProfile(world, caller, { accountId, instanceProfileName: c.name })
    case 'addRoleToProfile':
      return addRoleToInstanceProfile(world, caller, {
        accountId,
        instanceProfileName: c.name,
        roleName: c.other,
      })
    case 'removeRoleFromProfile':
      return removeRoleFromInstanceProfile(world, caller, {
        accountId,
        instanceProfileName: c.name,
        roleName: c.other,
      })
    case 'deleteInstanceProfile':
      return deleteInstanceProfile(world, caller, { accountId, instanceProfileName: c.name })
    case 'putRoleBoundary':
      return putRolePermissionsBoundary(world, caller, {
        accountId,
        roleName: c.name,
        permissionsBoundary: c.policy,
      })
    case 'createSlr':
      return createServiceLinkedRole(world, caller, {
        accountId,
        awsServiceName: c.n % 2 ? 'ecs.amazonaws.com' : 'rds.amazonaws.com',
      })
    case 'tagRole':
      return tagRole(world, caller, {
        accountId,
        roleName: c.name,
        tags: Array.from({ length: c.n % 30 }, (_, i) => ({ key: `k${c.n % 7}-${i}`, value: 'v' })),
      })
    default:
      throw new Error(`unknown command ${c.op}`)
  }
}

/** Which users, groups and roles exist, by name folded to lower case: the reference model. */
interface Reference {
  readonly users: Set<string>
  readonly groups: Set<string>
  readonly roles: Set<string>
}

/** What the reference expects of a create or delete: `ok`, or the error code. */
function expected(ref: Reference, c: Command): string | undefined {
  const key = c.name.toLowerCase()
  switch (c.op) {
    case 'createUser':
      return ref.users.has(key) ? 'EntityAlreadyExists' : 'ok'
    case 'createGroup':
      return ref.groups.has(key) ? 'EntityAlreadyExists' : 'ok'
    case 'deleteUser':
      return ref.users.has(key) ? undefined : 'NoSuchEntity'
    case 'deleteGroup':
      return ref.groups.has(key) ? undefined : 'NoSuchEntity'
    case 'deleteRole':
      return ref.roles.has(key) ? undefined : 'NoSuchEntity'
    default:
      return undefined
  }
}

function follow(ref: Reference, c: Command, outcome: Outcome<unknown>): void {
  if (outcome.status !== 'ok') return
  const key = c.name.toLowerCase()
  if (c.op === 'createUser') ref.users.add(key)
  if (c.op === 'createGroup') ref.groups.add(key)
  if (c.op === 'createRole') ref.roles.add(key)
  if (c.op === 'createSlr') ref.roles.add(c.n % 2 ? 'awsserviceroleforecs' : 'awsserviceroleforrds')
  if (c.op === 'deleteUser') ref.users.delete(key)
  if (c.op === 'deleteGroup') ref.groups.delete(key)
  if (c.op === 'deleteRole') ref.roles.delete(key)
}

const admin: Caller = { kind: 'admin' }

function replay(seed: number, commands: readonly (readonly [Command, boolean])[]): World {
  let world = twoAccounts(seed)
  for (const [c, asUser] of commands) {
    const outcome = apply(
      world,
      c,
      asUser ? { kind: 'user', accountId: A, userName: 'ann' } : admin,
    )
    if (outcome.status === 'ok') world = outcome.world
  }
  return world
}

const caller = fc.oneof(
  { arbitrary: fc.constant(false), weight: 4 },
  { arbitrary: fc.constant(true), weight: 1 },
)
const scenario = fc.tuple(
  fc.integer(),
  fc.array(fc.tuple(command, caller), { minLength: 10, maxLength: 60, size: 'max' }),
)

describe('IAM operations on random sequences', () => {
  it('keep the world consistent, unmutated and in line with the reference model', () => {
    fc.assert(
      fc.property(scenario, ([seed, commands]) => {
        let world = twoAccounts(seed)
        const ref: Reference = { users: new Set(), groups: new Set(), roles: new Set() }
        for (const [c, asUser] of commands) {
          const caller: Caller = asUser ? { kind: 'user', accountId: A, userName: 'ann' } : admin
          const before = snapshot(world)
          const outcome = apply(world, c, caller)
          expect(snapshot(world)).toBe(before)
          if (caller.kind === 'admin') {
            const want = expected(ref, c)
            if (want === 'ok') expect(outcome.status).toBe('ok')
            else if (want !== undefined)
              expect(outcome.status === 'error' && outcome.error.code).toBe(want)
            follow(ref, c, outcome)
          } else if (outcome.status === 'ok') {
            follow(ref, c, outcome)
          }
          if (outcome.status === 'ok') world = outcome.world
          expect(brokenInvariants(world)).toEqual([])
        }
        const account = world.accounts.get(A)
        expect(new Set([...(account?.users.keys() ?? [])])).toEqual(ref.users)
        expect(new Set([...(account?.groups.keys() ?? [])])).toEqual(ref.groups)
        expect(new Set([...(account?.roles.keys() ?? [])])).toEqual(ref.roles)
      }),
      { numRuns: RUNS },
    )
  }, 300_000)

  it('give the same world, ids included, from the same seed', () => {
    fc.assert(
      fc.property(scenario, ([seed, commands]) => {
        expect(snapshot(replay(seed, commands))).toBe(snapshot(replay(seed, commands)))
      }),
      { numRuns: RUNS },
    )
  }, 300_000)
})
