import { describe, expect, it } from 'vitest'
import { findGroup, findUser } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
import { addUserToGroup } from './add-user-to-group.ts'
import { createAccessKey } from './create-access-key.ts'
import { createGroup } from './create-group.ts'
import { createInstanceProfile } from './create-instance-profile.ts'
import { createOidcProvider } from './create-oidc-provider.ts'
import { createRole } from './create-role.ts'
import { createSamlProvider } from './create-saml-provider.ts'
import { createUser } from './create-user.ts'
import { deleteAccessKey } from './delete-access-key.ts'
import { deleteGroup } from './delete-group.ts'
import { deleteInstanceProfile } from './delete-instance-profile.ts'
import { deleteUser } from './delete-user.ts'
import { deactivateMfaDevice, enableMfaDevice } from './enable-mfa-device.ts'
import { groupMembers } from './members.ts'
import { mfaCode } from './mfa-code.ts'
import { removeRoleFromInstanceProfile } from './remove-role-from-instance-profile.ts'
import { removeUserFromGroup } from './remove-user-from-group.ts'
import { tagUser, untagRole, tagRole } from './tag-entity.ts'
import {
  A,
  admin,
  err,
  NOW,
  ok,
  trustService,
  twoAccounts,
} from '../../test/iam-support/fixture.ts'

function withAlice(): World {
  return ok(
    createUser(twoAccounts(), admin, {
      accountId: A,
      userName: 'alice',
      tags: [{ key: 'team', value: 'web' }],
    }),
  ).world
}

describe('users and groups', () => {
  it('createUser makes an AIDA user with its tags and no credentials', () => {
    const user = findUser(withAlice(), A, 'alice')
    expect(user?.id).toMatch(/^AIDA[A-Z2-7]{17}$/)
    expect(user?.arn).toBe(`arn:aws:iam::${A}:user/alice`)
    expect(user?.tags).toEqual([{ key: 'team', value: 'web' }])
    expect(user?.accessKeys).toEqual([])
  })

  it('adds a user to a group once, lists members regardless of case, removes and deletes', () => {
    let world = ok(createGroup(withAlice(), admin, { accountId: A, groupName: 'Devs' })).world
    expect(findGroup(world, A, 'devs')?.id).toMatch(/^AGPA/)
    world = ok(
      addUserToGroup(world, admin, { accountId: A, groupName: 'devs', userName: 'ALICE' }),
    ).world
    const again = ok(
      addUserToGroup(world, admin, { accountId: A, groupName: 'DEVS', userName: 'alice' }),
    )
    expect(again.world).toBe(world)
    expect(findUser(world, A, 'alice')?.groups).toEqual(['Devs'])
    expect(groupMembers(world, A, 'devs').map((user) => user.name)).toEqual(['alice'])
    world = ok(
      removeUserFromGroup(world, admin, { accountId: A, groupName: 'devs', userName: 'alice' }),
    ).world
    expect(findUser(world, A, 'alice')?.groups).toEqual([])
    // Removing a user that is not in the group succeeds [GH:cloud-custodian/cloud-custodian#4730].
    expect(
      removeUserFromGroup(world, admin, { accountId: A, groupName: 'devs', userName: 'alice' })
        .status,
    ).toBe('ok')
    world = ok(deleteGroup(world, admin, { accountId: A, groupName: 'devs' })).world
    world = ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world
    expect(world.accounts.get(A)?.users.size).toBe(0)
  })

  it('AddUserToGroup names the missing group or user', () => {
    expect(
      err(
        addUserToGroup(withAlice(), admin, { accountId: A, groupName: 'none', userName: 'alice' }),
      ).message,
    ).toBe('The group with name none cannot be found.')
  })
})

describe('access keys (iam-facts §1, §15)', () => {
  it('creates an AKIA key with a 40-character secret, and deletes it', () => {
    const created = ok(createAccessKey(withAlice(), admin, { accountId: A, userName: 'alice' }))
    const key = created.value.accessKey
    expect(key.id).toMatch(/^AKIA[A-Z2-7]{17}$/)
    expect(key.secret).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(key.status).toBe('Active')
    const world = ok(
      deleteAccessKey(created.world, admin, {
        accountId: A,
        userName: 'alice',
        accessKeyId: key.id,
      }),
    ).world
    expect(findUser(world, A, 'alice')?.accessKeys).toEqual([])
    expect(
      err(deleteAccessKey(world, admin, { accountId: A, userName: 'alice', accessKeyId: key.id }))
        .code,
    ).toBe('NoSuchEntity')
  })
})

describe('virtual MFA devices', () => {
  it('gives the device the serial arn:aws:iam::ACCT:mfa/NAME (iam-facts §1)', () => {
    const device = ok(
      enableMfaDevice(withAlice(), admin, {
        accountId: A,
        userName: 'alice',
        deviceName: 'alice-phone',
      }),
    ).value
    expect(device.serialNumber).toBe(`arn:aws:iam::${A}:mfa/alice-phone`)
  })

  it('refuses a serial already used in the account, and deactivates', () => {
    let world = ok(
      enableMfaDevice(withAlice(), admin, { accountId: A, userName: 'alice', deviceName: 'phone' }),
    ).world
    world = ok(createUser(world, admin, { accountId: A, userName: 'bob' })).world
    expect(
      err(enableMfaDevice(world, admin, { accountId: A, userName: 'bob', deviceName: 'phone' }))
        .code,
    ).toBe('EntityAlreadyExists')
    world = ok(
      deactivateMfaDevice(world, admin, {
        accountId: A,
        userName: 'alice',
        serialNumber: `arn:aws:iam::${A}:mfa/phone`,
      }),
    ).world
    expect(findUser(world, A, 'alice')?.mfaDevices).toEqual([])
  })

  it('shows a six-digit code that holds for 30 seconds and then changes (RFC 6238 step)', () => {
    const device = { seed: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }
    const start = Math.floor(NOW / 30000) * 30000
    expect(mfaCode(device, start)).toMatch(/^\d{6}$/)
    expect(mfaCode(device, start + 29_999)).toBe(mfaCode(device, start))
    const codes = new Set(Array.from({ length: 20 }, (_, i) => mfaCode(device, start + i * 30_000)))
    expect(codes.size).toBeGreaterThan(15)
    expect(mfaCode({ seed: 'ANOTHERSEED' }, start)).not.toBe(mfaCode(device, start))
  })
})

describe('instance profiles (iam-facts §16)', () => {
  it('holds one role; the role can leave; the empty profile can be deleted', () => {
    let world = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'Web',
        assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
      }),
    ).world
    const profile = ok(
      createInstanceProfile(world, admin, { accountId: A, instanceProfileName: 'web-profile' }),
    )
    expect(profile.value.id).toMatch(/^AIPA/)
    expect(profile.value.arn).toBe(`arn:aws:iam::${A}:instance-profile/web-profile`)
    world = ok(
      addRoleToInstanceProfile(profile.world, admin, {
        accountId: A,
        instanceProfileName: 'web-profile',
        roleName: 'web',
      }),
    ).world
    expect(world.accounts.get(A)?.instanceProfiles.get('web-profile')?.roles).toEqual(['Web'])
    world = ok(
      removeRoleFromInstanceProfile(world, admin, {
        accountId: A,
        instanceProfileName: 'web-profile',
        roleName: 'Web',
      }),
    ).world
    world = ok(
      deleteInstanceProfile(world, admin, { accountId: A, instanceProfileName: 'web-profile' }),
    ).world
    expect(world.accounts.get(A)?.instanceProfiles.size).toBe(0)
    expect(
      err(deleteInstanceProfile(world, admin, { accountId: A, instanceProfileName: 'web-profile' }))
        .message,
    ).toBe('Instance Profile web-profile cannot be found.')
  })
})

describe('identity providers (iam-facts §1–2)', () => {
  it('names an OIDC provider by its URL without the scheme, once per URL', () => {
    const created = ok(
      createOidcProvider(twoAccounts(), admin, {
        accountId: A,
        url: 'https://token.actions.githubusercontent.com',
        clientIds: ['sts.amazonaws.com'],
      }),
    )
    expect(created.value.arn).toBe(
      `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`,
    )
    expect(created.value.url).toBe('token.actions.githubusercontent.com')
    expect(
      err(
        createOidcProvider(created.world, admin, {
          accountId: A,
          url: 'https://token.actions.githubusercontent.com',
        }),
      ).code,
    ).toBe('EntityAlreadyExists')
    expect(
      err(
        createOidcProvider(twoAccounts(), admin, {
          accountId: A,
          url: 'http://insecure.example.com',
        }),
      ).code,
    ).toBe('InvalidInput')
  })

  it('names a SAML provider arn:aws:iam::ACCT:saml-provider/NAME', () => {
    const provider = ok(
      createSamlProvider(twoAccounts(), admin, { accountId: A, name: 'Okta' }),
    ).value
    expect(provider.arn).toBe(`arn:aws:iam::${A}:saml-provider/Okta`)
    expect(
      err(createSamlProvider(twoAccounts(), admin, { accountId: A, name: 'bad name' })).code,
    ).toBe('ValidationError')
  })
})

describe('tags (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html)', () => {
  it('replaces a key given in another case, keeping the new case, and untags regardless of case', () => {
    let world = ok(
      tagUser(withAlice(), admin, {
        accountId: A,
        userName: 'alice',
        tags: [{ key: 'TEAM', value: 'api' }],
      }),
    ).world
    expect(findUser(world, A, 'alice')?.tags).toEqual([{ key: 'TEAM', value: 'api' }])
    world = ok(
      createRole(world, admin, {
        accountId: A,
        roleName: 'R',
        assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
      }),
    ).world
    world = ok(
      tagRole(world, admin, {
        accountId: A,
        roleName: 'R',
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'x', value: '' },
        ],
      }),
    ).world
    const untagged = ok(
      untagRole(world, admin, { accountId: A, roleName: 'R', tagKeys: ['ENV', 'missing'] }),
    ).value
    expect(untagged.tags).toEqual([{ key: 'x', value: '' }])
  })
})
