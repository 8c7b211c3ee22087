/**
 * Reading and writing instance profiles in their account, keyed by name regardless of case.
 */
import { nameKey, updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, InstanceProfile, World } from '../world/types.ts'

/** The instance profile called `name` (any case). */
export function getInstanceProfile(
  world: World,
  accountId: AccountId,
  name: string,
): InstanceProfile | undefined {
  return world.accounts.get(accountId)?.instanceProfiles.get(nameKey(name))
}

/** The world with the profile stored under `name`, or removed when `profile` is `undefined`. */
export function setInstanceProfile(
  world: World,
  accountId: AccountId,
  name: string,
  profile: InstanceProfile | undefined,
): World {
  return updateAccount(world, accountId, (account) => ({
    ...account,
    instanceProfiles: withEntry(account.instanceProfiles, nameKey(name), profile),
  }))
}

/** The ARN an operation on the profile is authorized against. */
export function instanceProfileArn(world: World, accountId: AccountId, name: string): string {
  return (
    getInstanceProfile(world, accountId, name)?.arn ??
    `arn:aws:iam::${accountId}:instance-profile/${name}`
  )
}
