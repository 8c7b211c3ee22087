/**
 * `DeleteGroup` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html):
 * the group must have no users, no inline policies and no attached policies, else
 * `DeleteConflict` with AWS's words. The checks run in that order (the API reference lists
 * no order; Hatrack's choice). Authorized as `iam:DeleteGroup` on the group's ARN.
 */
import type { AccountId, Group, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { deleteEntity, getEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { groupMembers } from './members.ts'
import { fail, succeed } from './outcome.ts'
import { checkName } from './validation.ts'

export interface DeleteGroupInput {
  readonly accountId: AccountId
  readonly groupName: string
}

/** Deletes an empty IAM group; returns the deleted group. */
export function deleteGroup(world: World, caller: Caller, input: DeleteGroupInput): Outcome<Group> {
  const invalid = checkName(input.groupName, 'groupName', 128)
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const group = getEntity(world, 'group', input.accountId, input.groupName)
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeleteGroup',
    resource: targetArn(world, 'group', input.accountId, input.groupName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (!group) return fail(iamErrors.noSuchEntity('group', input.groupName), auth.decisions)
  if (groupMembers(world, input.accountId, group.name).length > 0) {
    return fail(iamErrors.mustRemoveFromGroups(), auth.decisions)
  }
  if (group.inlinePolicies.size > 0) return fail(iamErrors.mustDeletePolicies(), auth.decisions)
  if (group.attachedPolicies.length > 0) return fail(iamErrors.mustDetachPolicies(), auth.decisions)
  return succeed(deleteEntity(world, 'group', input.accountId, group.name), group, auth.decisions)
}
