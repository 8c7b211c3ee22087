import { describe, expect, it } from 'vitest'
import { createPolicy } from '../iam/create-policy.ts'
import { createRole } from '../iam/create-role.ts'
import { createUser } from '../iam/create-user.ts'
import { createGroup } from '../iam/create-group.ts'
import { createResource } from '../resources/create-resource.ts'
import { findEntityById } from './find-by-id.ts'
import { findGroup, findRole, findRoleByArn, findUser, findUserByArn } from './find-entity.ts'
import { findPolicy } from './find-policy.ts'
import { findResource, resourceOwner } from './find-resource.ts'
import type { World } from './types.ts'
import { A, B, admin, allow, ok, trustAws, twoAccounts } from '../../test/iam-support/fixture.ts'

function populated(): World {
  let world = twoAccounts()
  world = ok(createUser(world, admin, { accountId: A, userName: 'Alice', path: '/team/' })).world
  world = ok(createGroup(world, admin, { accountId: A, groupName: 'Admins' })).world
  world = ok(
    createRole(world, admin, {
      accountId: B,
      roleName: 'Deployer',
      assumeRolePolicyDocument: trustAws(A),
    }),
  ).world
  world = ok(
    createPolicy(world, admin, {
      accountId: A,
      policyName: 'ReadAll',
      policyDocument: allow('s3:Get*'),
    }),
  ).world
  return world
}

describe('lookups by name (iam-facts §1: names compare regardless of case)', () => {
  it('finds users, groups and roles in any case, in their own account only', () => {
    const world = populated()
    expect(findUser(world, A, 'alice')?.name).toBe('Alice')
    expect(findUser(world, A, 'ALICE')?.arn).toBe(`arn:aws:iam::${A}:user/team/Alice`)
    expect(findUser(world, B, 'alice')).toBeUndefined()
    expect(findGroup(world, A, 'admins')?.name).toBe('Admins')
    expect(findRole(world, B, 'deployer')?.name).toBe('Deployer')
  })
})

describe('lookups by ARN (the ARN is exact, path included)', () => {
  it('finds a user or role by its exact ARN only', () => {
    const world = populated()
    expect(findUserByArn(world, `arn:aws:iam::${A}:user/team/Alice`)?.name).toBe('Alice')
    expect(findUserByArn(world, `arn:aws:iam::${A}:user/Alice`)).toBeUndefined()
    expect(findRoleByArn(world, `arn:aws:iam::${B}:role/Deployer`)?.name).toBe('Deployer')
    expect(findRoleByArn(world, `arn:aws:iam::${B}:role/deployer`)).toBeUndefined()
  })

  it('finds customer managed policies in their account and AWS managed ones in the library', () => {
    const world = populated()
    expect(findPolicy(world, `arn:aws:iam::${A}:policy/ReadAll`)?.name).toBe('ReadAll')
    expect(findPolicy(world, `arn:aws:iam::${B}:policy/ReadAll`)).toBeUndefined()
    const admin = findPolicy(world, 'arn:aws:iam::aws:policy/AdministratorAccess')
    expect(admin?.name).toBe('AdministratorAccess')
    expect(admin?.id).toMatch(/^ANPA/)
    expect(admin?.stored.policy.statements.length).toBeGreaterThan(0)
    expect(findPolicy(world, 'arn:aws:iam::aws:policy/NoSuchPolicyAnywhere')).toBeUndefined()
  })
})

describe('findEntityById', () => {
  it('finds each live entity by its unique id, and nothing once it is gone', () => {
    const world = populated()
    for (const [kind, entity] of [
      ['user', findUser(world, A, 'alice')],
      ['group', findGroup(world, A, 'admins')],
      ['role', findRole(world, B, 'deployer')],
      ['managedPolicy', findPolicy(world, `arn:aws:iam::${A}:policy/ReadAll`)],
    ] as const) {
      if (!entity) throw new Error(kind)
      expect(findEntityById(world, entity.id)?.kind).toBe(kind)
    }
    expect(findEntityById(world, 'AIDAAAAAAAAAAAAAAAAAA')).toBeUndefined()
  })
})

describe('findResource and resourceOwner', () => {
  it('owns an S3 bucket by the account that holds it, and its objects through the bucket', () => {
    let world = populated()
    const bucket = createResource(world, { type: 's3:bucket', account: B, name: 'logs-bucket' })
    if (bucket.status === 'error') throw new Error(bucket.error.message)
    world = bucket.world
    expect(findResource(world, 'arn:aws:s3:::logs-bucket')?.accountId).toBe(B)
    expect(resourceOwner(world, 'arn:aws:s3:::logs-bucket')).toBe(B)
    expect(resourceOwner(world, 'arn:aws:s3:::logs-bucket/2026/01/app.log')).toBe(B)
    expect(resourceOwner(world, 'arn:aws:s3:::unknown-bucket/key')).toBeUndefined()
    expect(resourceOwner(world, `arn:aws:sqs:us-east-1:${A}:queue`)).toBe(A)
  })
})
