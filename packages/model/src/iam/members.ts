/**
 * Group membership seen from the group: the users of an account whose `groups` name it.
 */
import type { AccountId, User, World } from '../world/types.ts'

/** The users of the account that belong to the group called `groupName` (any case). */
export function groupMembers(world: World, accountId: AccountId, groupName: string): User[] {
  const folded = groupName.toLowerCase()
  const account = world.accounts.get(accountId)
  if (!account) return []
  return [...account.users.values()].filter((user) =>
    user.groups.some((group) => group.toLowerCase() === folded),
  )
}
