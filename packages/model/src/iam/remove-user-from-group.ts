/**
 * `RemoveUserFromGroup` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html):
 * removing a user that is not in the group changes nothing and succeeds
 * [GH:cloud-custodian/cloud-custodian#4730: "in both the cases, there's no error returned"].
 * Authorized as `iam:RemoveUserFromGroup` on the group's ARN.
 */
import type { Group, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import type { GroupMembershipInput } from './add-user-to-group.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { checkName, firstProblem } from './validation.ts'

/** Removes the user from the group; returns the group. */
export function removeUserFromGroup(
  world: World,
  caller: Caller,
  input: GroupMembershipInput,
): Outcome<Group> {
  const invalid = firstProblem(
    () => checkName(input.groupName, 'groupName', 128),
    () => checkName(input.userName, 'userName', 64),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:RemoveUserFromGroup',
    resource: targetArn(world, 'group', input.accountId, input.groupName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const group = getEntity(world, 'group', input.accountId, input.groupName)
  if (!group) return fail(iamErrors.noSuchEntity('group', input.groupName), auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const folded = group.name.toLowerCase()
  const groups = user.groups.filter((name) => name.toLowerCase() !== folded)
  if (groups.length === user.groups.length) return succeed(world, group, auth.decisions)
  return succeed(putEntity(world, { ...user, groups }), group, auth.decisions)
}
