/**
 * `DetachRolePolicy`, `DetachUserPolicy`, `DetachGroupPolicy`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html): a policy
 * that is not attached is `NoSuchEntity`; a service-linked role refuses (`UnmodifiableEntity`,
 * [GH:gruntwork-io/cloud-nuke#880] shows it for `DetachRolePolicy`). Authorized as
 * `iam:DetachRolePolicy` (…) on the entity's ARN with `iam:PolicyARN`.
 */
import type { Group, Role, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import type { PolicyAttachmentInput } from './attach-policy.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn, type EntityOf } from './entities.ts'
import { iamErrors, type EntityKind } from './errors.ts'
import { holderTraits } from './holder-kinds.ts'
import { fail, succeed } from './outcome.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { checkLength, checkName, firstProblem } from './validation.ts'

/** Detaches a managed policy from a role. */
export function detachRolePolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly roleName: string },
): Outcome<Role> {
  return detachPolicy(world, caller, 'role', input.roleName, input)
}

/** Detaches a managed policy from a user. */
export function detachUserPolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly userName: string },
): Outcome<User> {
  return detachPolicy(world, caller, 'user', input.userName, input)
}

/** Detaches a managed policy from a group. */
export function detachGroupPolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly groupName: string },
): Outcome<Group> {
  return detachPolicy(world, caller, 'group', input.groupName, input)
}

function detachPolicy<K extends EntityKind>(
  world: World,
  caller: Caller,
  kind: K,
  name: string,
  input: PolicyAttachmentInput,
): Outcome<EntityOf[K]> {
  const traits = holderTraits[kind]
  const invalid = firstProblem(
    () => checkName(name, traits.field, traits.maxName),
    () => checkLength(input.policyArn, 'policyArn', 20, 2048),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: traits.detachPolicy,
    resource: targetArn(world, kind, input.accountId, name),
    context: { 'iam:PolicyARN': input.policyArn },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const entity = getEntity(world, kind, input.accountId, name)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const unmodifiable = entity.kind === 'role' ? protectedRoleProblem(entity) : undefined
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  if (!entity.attachedPolicies.includes(input.policyArn)) {
    return fail(iamErrors.policyNotAttached(input.policyArn), auth.decisions)
  }
  const updated = {
    ...entity,
    attachedPolicies: entity.attachedPolicies.filter((arn) => arn !== input.policyArn),
  } as EntityOf[K]
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
