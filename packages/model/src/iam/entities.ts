/**
 * Reading and writing users, groups and roles in their account, keyed by name regardless of
 * case (iam-facts §1).
 */
import { nameKey, updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, Group, Role, User, World } from '../world/types.ts'
import type { EntityKind } from './errors.ts'

/** The entity types by kind. */
export interface EntityOf {
  readonly user: User
  readonly role: Role
  readonly group: Group
}

const collections = { user: 'users', role: 'roles', group: 'groups' } as const

/** The entity of `kind` called `name` (any case) in the account. */
export function getEntity<K extends EntityKind>(
  world: World,
  kind: K,
  accountId: AccountId,
  name: string,
): EntityOf[K] | undefined {
  const account = world.accounts.get(accountId)
  if (!account) return undefined
  const map = account[collections[kind]] as ReadonlyMap<string, EntityOf[K]>
  return map.get(nameKey(name))
}

/** The world with `entity` stored (created or replaced) in its account. */
export function putEntity(world: World, entity: User | Role | Group): World {
  const key = nameKey(entity.name)
  return updateAccount(world, entity.accountId, (account) => {
    switch (entity.kind) {
      case 'user':
        return { ...account, users: withEntry(account.users, key, entity) }
      case 'role':
        return { ...account, roles: withEntry(account.roles, key, entity) }
      case 'group':
        return { ...account, groups: withEntry(account.groups, key, entity) }
    }
  })
}

/** The world without the entity of `kind` called `name`. */
export function deleteEntity(
  world: World,
  kind: EntityKind,
  accountId: AccountId,
  name: string,
): World {
  const key = nameKey(name)
  return updateAccount(world, accountId, (account) => {
    switch (kind) {
      case 'user':
        return { ...account, users: withEntry(account.users, key, undefined) }
      case 'role':
        return { ...account, roles: withEntry(account.roles, key, undefined) }
      case 'group':
        return { ...account, groups: withEntry(account.groups, key, undefined) }
    }
  })
}

/**
 * The ARN an operation on `name` is authorized against: the entity's own ARN (path included)
 * when it exists, else the ARN it would have at the root path.
 */
export function targetArn(
  world: World,
  kind: EntityKind,
  accountId: AccountId,
  name: string,
): string {
  return getEntity(world, kind, accountId, name)?.arn ?? `arn:aws:iam::${accountId}:${kind}/${name}`
}
