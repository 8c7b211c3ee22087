/**
 * Finding IAM identities by name or by ARN. Names compare regardless of case, as IAM's do
 * (iam-facts §1); an ARN names one entity exactly, path included.
 */
import { iamNameOf } from './arn.ts'
import { nameKey } from './update.ts'
import type { AccountId, Group, InstanceProfile, Role, User, World } from './types.ts'

/** The user called `name` (in any case) in the account. */
export function findUser(world: World, accountId: AccountId, name: string): User | undefined {
  return world.accounts.get(accountId)?.users.get(nameKey(name))
}

/** The role called `name` (in any case) in the account. */
export function findRole(world: World, accountId: AccountId, name: string): Role | undefined {
  return world.accounts.get(accountId)?.roles.get(nameKey(name))
}

/** The group called `name` (in any case) in the account. */
export function findGroup(world: World, accountId: AccountId, name: string): Group | undefined {
  return world.accounts.get(accountId)?.groups.get(nameKey(name))
}

/** The instance profile called `name` (in any case) in the account. */
export function findInstanceProfile(
  world: World,
  accountId: AccountId,
  name: string,
): InstanceProfile | undefined {
  return world.accounts.get(accountId)?.instanceProfiles.get(nameKey(name))
}

/**
 * The role whose ARN is exactly `arn` (`arn:aws:iam::ACCT:role/PATH/NAME`). The name part of
 * an ARN is compared as written: a principal ARN is case-sensitive (iam-facts §3).
 */
export function findRoleByArn(world: World, arn: string): Role | undefined {
  const parts = iamNameOf(arn, 'role')
  if (!parts) return undefined
  const role = findRole(world, parts.accountId, parts.name)
  return role?.arn === arn ? role : undefined
}

/** The user whose ARN is exactly `arn` (`arn:aws:iam::ACCT:user/PATH/NAME`). */
export function findUserByArn(world: World, arn: string): User | undefined {
  const parts = iamNameOf(arn, 'user')
  if (!parts) return undefined
  const user = findUser(world, parts.accountId, parts.name)
  return user?.arn === arn ? user : undefined
}
