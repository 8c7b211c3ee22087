/**
 * `DeleteRolePolicy`, `DeleteUserPolicy`, `DeleteGroupPolicy`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html): removes an
 * inline policy; an unknown policy name is `NoSuchEntity` (`The role policy with name X cannot
 * be found.` [GH:aws/aws-cli#6139]). A service-linked role refuses (`UnmodifiableEntity`).
 * Authorized as `iam:DeleteRolePolicy` (…) on the entity's ARN.
 */
import { withEntry } from '../world/update.ts'
import type { AccountId, Group, Role, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn, type EntityOf } from './entities.ts'
import { iamErrors, type EntityKind } from './errors.ts'
import { holderTraits } from './holder-kinds.ts'
import { fail, succeed } from './outcome.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { checkName, firstProblem } from './validation.ts'

interface DeleteInlinePolicyInput {
  readonly accountId: AccountId
  readonly policyName: string
}

/** Removes an inline policy of a role. */
export function deleteRolePolicy(
  world: World,
  caller: Caller,
  input: DeleteInlinePolicyInput & { readonly roleName: string },
): Outcome<Role> {
  return deleteInlinePolicy(world, caller, 'role', input.roleName, input)
}

/** Removes an inline policy of a user. */
export function deleteUserPolicy(
  world: World,
  caller: Caller,
  input: DeleteInlinePolicyInput & { readonly userName: string },
): Outcome<User> {
  return deleteInlinePolicy(world, caller, 'user', input.userName, input)
}

/** Removes an inline policy of a group. */
export function deleteGroupPolicy(
  world: World,
  caller: Caller,
  input: DeleteInlinePolicyInput & { readonly groupName: string },
): Outcome<Group> {
  return deleteInlinePolicy(world, caller, 'group', input.groupName, input)
}

function deleteInlinePolicy<K extends EntityKind>(
  world: World,
  caller: Caller,
  kind: K,
  name: string,
  input: DeleteInlinePolicyInput,
): Outcome<EntityOf[K]> {
  const traits = holderTraits[kind]
  const invalid = firstProblem(
    () => checkName(name, traits.field, traits.maxName),
    () => checkName(input.policyName, 'policyName', 128),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: traits.deletePolicy,
    resource: targetArn(world, kind, input.accountId, name),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const entity = getEntity(world, kind, input.accountId, name)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const unmodifiable = entity.kind === 'role' ? protectedRoleProblem(entity) : undefined
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  if (!entity.inlinePolicies.has(input.policyName)) {
    return fail(iamErrors.noSuchInlinePolicy(kind, input.policyName), auth.decisions)
  }
  const updated = {
    ...entity,
    inlinePolicies: withEntry(entity.inlinePolicies, input.policyName, undefined),
  } as EntityOf[K]
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
