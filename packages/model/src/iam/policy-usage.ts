/**
 * Where a managed policy is in use in an account: attached to users, groups or roles, or set
 * as a permissions boundary.
 */
import type { AccountId, Arn, World } from '../world/types.ts'

/** Whether any user, group or role of the account attaches `arn` or uses it as its boundary. */
export function isPolicyInUse(world: World, accountId: AccountId, arn: Arn): boolean {
  const account = world.accounts.get(accountId)
  if (!account) return false
  for (const user of account.users.values()) {
    if (user.attachedPolicies.includes(arn) || user.boundary === arn) return true
  }
  for (const role of account.roles.values()) {
    if (role.attachedPolicies.includes(arn) || role.boundary === arn) return true
  }
  for (const group of account.groups.values()) {
    if (group.attachedPolicies.includes(arn)) return true
  }
  return false
}
