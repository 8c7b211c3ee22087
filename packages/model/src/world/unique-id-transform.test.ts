/**
 * The unique-id transform (iam-facts §2,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html):
 * a trust policy naming a user or role is stored against its unique id; deleting and
 * re-creating the entity breaks the trust; a principal that does not exist is refused.
 */
import { matchPrincipal, type PrincipalElement } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import { createRole } from '../iam/create-role.ts'
import { createUser } from '../iam/create-user.ts'
import { deleteUser } from '../iam/delete-user.ts'
import { deleteRole } from '../iam/delete-role.ts'
import { updateAssumeRolePolicy } from '../iam/update-assume-role-policy.ts'
import { displayPolicy } from './display-policy.ts'
import { findRole, findUser } from './find-entity.ts'
import { storePolicy } from './store-policy.ts'
import type { World } from './types.ts'
import { A, B, admin, err, ok, trustAws, twoAccounts } from '../../test/iam-support/fixture.ts'

const aliceArn = `arn:aws:iam::${A}:user/alice`

function withAlice(world: World = twoAccounts()): World {
  return ok(createUser(world, admin, { accountId: A, userName: 'alice' })).world
}

function trustingRole(world: World, principal: string | string[]): World {
  return ok(
    createRole(world, admin, {
      accountId: A,
      roleName: 'Target',
      assumeRolePolicyDocument: trustAws(principal),
    }),
  ).world
}

function principalOf(world: World): PrincipalElement {
  const element = findRole(world, A, 'Target')?.trustPolicy.policy.statements[0]?.principal
  if (!element) throw new Error('no principal')
  return element
}

describe('storing a trust policy', () => {
  it('stores a user ARN as the user id, in the document and in the parsed policy', () => {
    const world = trustingRole(withAlice(), aliceArn)
    const id = findUser(world, A, 'alice')?.id
    expect(id).toMatch(/^AIDA[A-Z2-7]{17}$/)
    expect(principalOf(world).aws).toEqual([id])
    const stored = findRole(world, A, 'Target')?.trustPolicy
    expect(JSON.stringify(stored?.document)).toContain(`"AWS":"${id}"`)
    expect(JSON.stringify(stored?.document)).not.toContain(aliceArn)
  })

  it('stores a role ARN as the role id (AROA…), across accounts the world knows', () => {
    let world = ok(
      createRole(twoAccounts(), admin, {
        accountId: B,
        roleName: 'Deployer',
        assumeRolePolicyDocument: trustAws(B),
      }),
    ).world
    world = trustingRole(world, `arn:aws:iam::${B}:role/Deployer`)
    expect(principalOf(world).aws).toEqual([findRole(world, B, 'Deployer')?.id])
    expect(principalOf(world).aws[0]).toMatch(/^AROA/)
  })

  it('keeps account ids, root ARNs, session ARNs and * as written', () => {
    const kept = [
      B,
      `arn:aws:iam::${B}:root`,
      `arn:aws:sts::${B}:assumed-role/Deployer/ci`,
      `arn:aws:sts::${B}:federated-user/bob`,
    ]
    const world = trustingRole(twoAccounts(), kept)
    expect(principalOf(world).aws).toEqual(kept)
  })

  it.each([
    ['a user that does not exist', `arn:aws:iam::${A}:user/nobody`],
    ['a role that does not exist (the ucx case)', `arn:aws:iam::${A}:role/UC_ROLE`],
    // Hatrack's decision: the world knows only its accounts, so it cannot resolve others' users.
    ['a user of an account outside the world', 'arn:aws:iam::999999999999:user/alice'],
    ['the right name with the wrong path', `arn:aws:iam::${A}:user/team/alice`],
    ['the right name in another case (ARNs are case-sensitive)', `arn:aws:iam::${A}:user/Alice`],
    ['a unique id nobody has', 'AIDAAAAAAAAAAAAAAAAAA'],
  ])(
    'refuses %s: MalformedPolicyDocument "Invalid principal in policy" [GH:databrickslabs/ucx#2269]',
    (_name, principal) => {
      const error = err(
        createRole(withAlice(), admin, {
          accountId: A,
          roleName: 'Target',
          assumeRolePolicyDocument: trustAws(principal),
        }),
      )
      expect(error).toEqual({
        code: 'MalformedPolicyDocument',
        message: `Invalid principal in policy: "AWS":"${principal}"`,
        httpStatus: 400,
      })
    },
  )

  it('refuses a group ARN as a principal', () => {
    const error = err(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'Target',
        assumeRolePolicyDocument: trustAws(`arn:aws:iam::${A}:group/admins`),
      }),
    )
    expect(error.code).toBe('MalformedPolicyDocument')
  })

  it('does not convert aws:PrincipalArn condition values (grants by condition survive a re-creation)', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: A },
          Action: 'sts:AssumeRole',
          Condition: { ArnEquals: { 'aws:PrincipalArn': aliceArn } },
        },
      ],
    }
    const stored = storePolicy(withAlice(), document, 'trust')
    expect(stored.ok).toBe(true)
    if (stored.ok)
      expect(stored.stored.policy.statements[0]?.conditions[0]?.values).toEqual([aliceArn])
  })
})

describe('deleting and re-creating the named user', () => {
  it('leaves the dead id in the trust policy, so the new alice is not trusted', () => {
    let world = trustingRole(withAlice(), aliceArn)
    const oldId = findUser(world, A, 'alice')?.id
    world = ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world
    world = withAlice(world)
    const newAlice = findUser(world, A, 'alice')
    expect(newAlice?.id).not.toBe(oldId)
    const element = principalOf(world)
    expect(element.aws).toEqual([oldId])
    const facts = { kind: 'user' as const, arn: aliceArn, accountId: A, uniqueId: newAlice?.id }
    expect(matchPrincipal(element, facts).matched).toBe(false)
    expect(matchPrincipal(element, { ...facts, uniqueId: oldId }).matched).toBe(true)
  })

  it('displays a live id as its ARN and a dead id raw', () => {
    let world = trustingRole(withAlice(), aliceArn)
    const stored = findRole(world, A, 'Target')?.trustPolicy
    if (!stored) throw new Error('no role')
    expect(JSON.stringify(displayPolicy(world, stored))).toContain(`"AWS":"${aliceArn}"`)
    const oldId = findUser(world, A, 'alice')?.id
    world = withAlice(ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world)
    expect(JSON.stringify(displayPolicy(world, stored))).toContain(`"AWS":"${oldId}"`)
  })

  it('refuses to save the displayed document again while it holds the dead id', () => {
    let world = trustingRole(withAlice(), aliceArn)
    world = ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world
    const stored = findRole(world, A, 'Target')?.trustPolicy
    if (!stored) throw new Error('no role')
    const again = updateAssumeRolePolicy(world, admin, {
      accountId: A,
      roleName: 'Target',
      policyDocument: displayPolicy(world, stored),
    })
    expect(err(again).message).toMatch(/^Invalid principal in policy: "AWS":"AIDA/)
  })

  it('matches the re-created user once the trust is saved again with the ARN', () => {
    let world = trustingRole(withAlice(), aliceArn)
    world = withAlice(ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world)
    world = ok(
      updateAssumeRolePolicy(world, admin, {
        accountId: A,
        roleName: 'Target',
        policyDocument: trustAws(aliceArn),
      }),
    ).world
    expect(principalOf(world).aws).toEqual([findUser(world, A, 'alice')?.id])
  })

  it('works the same for a role named in a trust policy', () => {
    let world = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'Source',
        assumeRolePolicyDocument: trustAws(A),
      }),
    ).world
    world = trustingRole(world, `arn:aws:iam::${A}:role/Source`)
    const oldId = findRole(world, A, 'Source')?.id
    world = ok(deleteRole(world, admin, { accountId: A, roleName: 'Source' })).world
    world = ok(
      createRole(world, admin, {
        accountId: A,
        roleName: 'Source',
        assumeRolePolicyDocument: trustAws(A),
      }),
    ).world
    const element = principalOf(world)
    expect(element.aws).toEqual([oldId])
    const session = {
      kind: 'assumedRole' as const,
      arn: `arn:aws:sts::${A}:assumed-role/Source/s`,
      accountId: A,
      roleArn: `arn:aws:iam::${A}:role/Source`,
      uniqueId: findRole(world, A, 'Source')?.id,
    }
    expect(matchPrincipal(element, session).matched).toBe(false)
  })
})
