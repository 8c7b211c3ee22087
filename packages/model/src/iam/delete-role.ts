/**
 * `DeleteRole` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html):
 * a service-linked role cannot be deleted this way (`UnmodifiableEntity`, iam-facts §16); any
 * other role must first lose its inline policies, its attached policies and its instance
 * profiles, else `DeleteConflict` with AWS's words (iam-facts §14). The checks run in the
 * order the API reference lists those steps (AWS's own order is unconfirmed).
 * Authorized as `iam:DeleteRole` on the role's ARN.
 */
import type { AccountId, Role, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { deleteEntity, getEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { checkName } from './validation.ts'

export interface DeleteRoleInput {
  readonly accountId: AccountId
  readonly roleName: string
}

/** Deletes an IAM role that holds nothing any more; returns the deleted role. */
export function deleteRole(world: World, caller: Caller, input: DeleteRoleInput): Outcome<Role> {
  const invalid = checkName(input.roleName, 'roleName', 64)
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeleteRole',
    resource: targetArn(world, 'role', input.accountId, input.roleName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const role = getEntity(world, 'role', input.accountId, input.roleName)
  if (!role) return fail(iamErrors.noSuchEntity('role', input.roleName), auth.decisions)
  const folded = role.name.toLowerCase()
  const inProfile = [...account.instanceProfiles.values()].some((profile) =>
    profile.roles.some((name) => name.toLowerCase() === folded),
  )
  const problem =
    protectedRoleProblem(role) ??
    (role.inlinePolicies.size > 0
      ? iamErrors.mustDeletePolicies()
      : role.attachedPolicies.length > 0
        ? iamErrors.mustDetachPolicies()
        : inProfile
          ? iamErrors.mustRemoveFromInstanceProfile()
          : undefined)
  if (problem) return fail(problem, auth.decisions)
  return succeed(deleteEntity(world, 'role', input.accountId, role.name), role, auth.decisions)
}
