/**
 * `AddUserToGroup` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html):
 * a user belongs to at most 10 groups (fixed quota, iam-facts §15). Adding a user already in
 * the group changes nothing and succeeds, as AWS does [GH:cloud-custodian/cloud-custodian#4730].
 * Authorized as `iam:AddUserToGroup` on the group's ARN.
 */
import type { AccountId, Group, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkName, firstProblem } from './validation.ts'

export interface GroupMembershipInput {
  readonly accountId: AccountId
  readonly groupName: string
  readonly userName: string
}

/** Adds the user to the group; returns the group. */
export function addUserToGroup(
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
    action: 'iam:AddUserToGroup',
    resource: targetArn(world, 'group', input.accountId, input.groupName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const group = getEntity(world, 'group', input.accountId, input.groupName)
  if (!group) return fail(iamErrors.noSuchEntity('group', input.groupName), auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const folded = group.name.toLowerCase()
  if (user.groups.some((name) => name.toLowerCase() === folded)) {
    return succeed(world, group, auth.decisions)
  }
  if (user.groups.length >= iamQuotas.GroupsPerUser) {
    return fail(iamErrors.quota('GroupsPerUser', iamQuotas.GroupsPerUser), auth.decisions)
  }
  return succeed(
    putEntity(world, { ...user, groups: [...user.groups, group.name] }),
    group,
    auth.decisions,
  )
}
