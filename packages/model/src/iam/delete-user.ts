/**
 * `DeleteUser` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html):
 * the user must first lose its access keys, MFA devices, inline policies, attached policies
 * and group memberships, else `DeleteConflict` with AWS's words. The checks run in the order
 * the API reference lists those items (the order AWS checks them in is unconfirmed).
 * Authorized as `iam:DeleteUser` on the user's ARN.
 */
import type { AccountId, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { deleteEntity, getEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { checkName } from './validation.ts'

export interface DeleteUserInput {
  readonly accountId: AccountId
  readonly userName: string
}

/** Deletes an IAM user that holds nothing any more; returns the deleted user. */
export function deleteUser(world: World, caller: Caller, input: DeleteUserInput): Outcome<User> {
  const invalid = checkName(input.userName, 'userName', 64)
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeleteUser',
    resource: targetArn(world, 'user', input.accountId, input.userName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const conflict =
    user.accessKeys.length > 0
      ? iamErrors.mustDeleteAccessKeys()
      : user.mfaDevices.length > 0
        ? iamErrors.mustDeleteMfa()
        : user.inlinePolicies.size > 0
          ? iamErrors.mustDeletePolicies()
          : user.attachedPolicies.length > 0
            ? iamErrors.mustDetachPolicies()
            : user.groups.length > 0
              ? iamErrors.mustRemoveFromGroups()
              : undefined
  if (conflict) return fail(conflict, auth.decisions)
  return succeed(deleteEntity(world, 'user', input.accountId, user.name), user, auth.decisions)
}
