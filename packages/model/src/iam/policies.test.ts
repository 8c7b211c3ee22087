import { describe, expect, it } from 'vitest'
import { findGroup, findRole, findUser } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'
import { attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
import { createGroup } from './create-group.ts'
import { createPolicy } from './create-policy.ts'
import { createRole } from './create-role.ts'
import { createUser } from './create-user.ts'
import { deleteRolePolicy, deleteUserPolicy } from './delete-inline-policy.ts'
import { deletePolicy } from './delete-policy.ts'
import { detachRolePolicy } from './detach-policy.ts'
import {
  deleteRolePermissionsBoundary,
  putRolePermissionsBoundary,
  putUserPermissionsBoundary,
} from './permissions-boundary.ts'
import { putGroupPolicy, putRolePolicy, putUserPolicy } from './put-inline-policy.ts'
import {
  A,
  B,
  admin,
  allow,
  err,
  ok,
  policyOfSize,
  trustAws,
  twoAccounts,
} from '../../test/iam-support/fixture.ts'

function base(): World {
  let world = twoAccounts()
  world = ok(createUser(world, admin, { accountId: A, userName: 'alice' })).world
  world = ok(createGroup(world, admin, { accountId: A, groupName: 'devs' })).world
  world = ok(
    createRole(world, admin, {
      accountId: A,
      roleName: 'App',
      assumeRolePolicyDocument: trustAws(A),
    }),
  ).world
  return world
}

describe('inline policies', () => {
  it('put adds or replaces by name, delete removes, and each holder keeps its own', () => {
    let world = base()
    world = ok(
      putRolePolicy(world, admin, {
        accountId: A,
        roleName: 'App',
        policyName: 'S3',
        policyDocument: allow('s3:*'),
      }),
    ).world
    world = ok(
      putRolePolicy(world, admin, {
        accountId: A,
        roleName: 'app',
        policyName: 'S3',
        policyDocument: allow('s3:Get*'),
      }),
    ).world
    world = ok(
      putUserPolicy(world, admin, {
        accountId: A,
        userName: 'alice',
        policyName: 'S3',
        policyDocument: allow('s3:*'),
      }),
    ).world
    world = ok(
      putGroupPolicy(world, admin, {
        accountId: A,
        groupName: 'devs',
        policyName: 'S3',
        policyDocument: allow('s3:*'),
      }),
    ).world
    const role = findRole(world, A, 'App')
    expect(role?.inlinePolicies.size).toBe(1)
    expect(role?.inlinePolicies.get('S3')?.policy.statements[0]?.action.patterns).toEqual([
      's3:Get*',
    ])
    expect(findGroup(world, A, 'devs')?.inlinePolicies.has('S3')).toBe(true)
    world = ok(
      deleteUserPolicy(world, admin, { accountId: A, userName: 'alice', policyName: 'S3' }),
    ).world
    expect(findUser(world, A, 'alice')?.inlinePolicies.size).toBe(0)
    world = ok(
      deleteRolePolicy(world, admin, { accountId: A, roleName: 'App', policyName: 'S3' }),
    ).world
    expect(findRole(world, A, 'App')?.inlinePolicies.size).toBe(0)
  })

  it('counts a replaced policy once: replacing a large policy by another fits (iam-facts §15, aggregate)', () => {
    let world = base()
    world = ok(
      putRolePolicy(world, admin, {
        accountId: A,
        roleName: 'App',
        policyName: 'big',
        policyDocument: policyOfSize(9000),
      }),
    ).world
    expect(
      putRolePolicy(world, admin, {
        accountId: A,
        roleName: 'App',
        policyName: 'big',
        policyDocument: policyOfSize(9500),
      }).status,
    ).toBe('ok')
  })

  it('holds a role inline policy to 10,240 characters, not the managed 6,144', () => {
    expect(
      putRolePolicy(base(), admin, {
        accountId: A,
        roleName: 'App',
        policyName: 'big',
        policyDocument: policyOfSize(8000),
      }).status,
    ).toBe('ok')
  })
})

describe('managed policies', () => {
  const arn = `arn:aws:iam::${A}:policy/ReadAll`

  it('createPolicy makes an ANPA policy at version v1 in its account', () => {
    const policy = ok(
      createPolicy(base(), admin, {
        accountId: A,
        policyName: 'ReadAll',
        policyDocument: allow('s3:Get*'),
      }),
    ).value
    expect(policy.id).toMatch(/^ANPA/)
    expect(policy.arn).toBe(arn)
    expect(policy.defaultVersion).toBe('v1')
    expect(policy.stored.kind).toBe('identity')
  })

  it('attaches once (attaching again changes nothing), detaches, then deletes', () => {
    let world = ok(
      createPolicy(base(), admin, {
        accountId: A,
        policyName: 'ReadAll',
        policyDocument: allow('s3:Get*'),
      }),
    ).world
    world = ok(
      attachRolePolicy(world, admin, { accountId: A, roleName: 'App', policyArn: arn }),
    ).world
    const again = ok(
      attachRolePolicy(world, admin, { accountId: A, roleName: 'App', policyArn: arn }),
    )
    expect(again.world).toBe(world)
    expect(findRole(world, A, 'App')?.attachedPolicies).toEqual([arn])
    world = ok(
      detachRolePolicy(world, admin, { accountId: A, roleName: 'App', policyArn: arn }),
    ).world
    world = ok(deletePolicy(world, admin, { policyArn: arn })).world
    expect(world.accounts.get(A)?.policies.size).toBe(0)
  })

  it('attaches AWS managed policies from the library', () => {
    const world = ok(
      attachUserPolicy(base(), admin, {
        accountId: A,
        userName: 'alice',
        policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ).world
    expect(findUser(world, A, 'alice')?.attachedPolicies).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    ])
  })

  it("does not attach another account's customer managed policy", () => {
    let world = ok(
      createPolicy(base(), admin, {
        accountId: B,
        policyName: 'Theirs',
        policyDocument: allow('s3:*'),
      }),
    ).world
    const outcome = attachRolePolicy(world, admin, {
      accountId: A,
      roleName: 'App',
      policyArn: `arn:aws:iam::${B}:policy/Theirs`,
    })
    expect(err(outcome).code).toBe('NoSuchEntity')
    world = ok(
      createPolicy(world, admin, {
        accountId: A,
        policyName: 'Mine',
        policyDocument: allow('s3:*'),
      }),
    ).world
    expect(
      attachRolePolicy(world, admin, {
        accountId: A,
        roleName: 'App',
        policyArn: `arn:aws:iam::${A}:policy/Mine`,
      }).status,
    ).toBe('ok')
  })

  it('refuses to delete an AWS managed policy', () => {
    expect(
      err(deletePolicy(base(), admin, { policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
        .code,
    ).toBe('InvalidInput')
  })
})

describe('permissions boundaries (iam-facts §15: one per user or role)', () => {
  it('sets, replaces and removes a role boundary; sets a user boundary', () => {
    let world = base()
    world = ok(
      putRolePermissionsBoundary(world, admin, {
        accountId: A,
        roleName: 'App',
        permissionsBoundary: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ).world
    world = ok(
      putRolePermissionsBoundary(world, admin, {
        accountId: A,
        roleName: 'App',
        permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      }),
    ).world
    expect(findRole(world, A, 'App')?.boundary).toBe('arn:aws:iam::aws:policy/PowerUserAccess')
    world = ok(deleteRolePermissionsBoundary(world, admin, { accountId: A, roleName: 'App' })).world
    expect(findRole(world, A, 'App')?.boundary).toBeUndefined()
    world = ok(
      putUserPermissionsBoundary(world, admin, {
        accountId: A,
        userName: 'alice',
        permissionsBoundary: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ).world
    expect(findUser(world, A, 'alice')?.boundary).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess')
  })

  it('createUser and createRole check the boundary they are given', () => {
    const outcome = createUser(base(), admin, {
      accountId: A,
      userName: 'carol',
      permissionsBoundary: `arn:aws:iam::${A}:policy/Nope`,
    })
    expect(err(outcome).message).toBe(
      `Scope ARN: arn:aws:iam::${A}:policy/Nope does not exist or is not attachable.`,
    )
  })
})
