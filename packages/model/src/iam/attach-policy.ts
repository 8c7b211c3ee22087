/**
 * `AttachRolePolicy`, `AttachUserPolicy`, `AttachGroupPolicy`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html):
 * - an unknown policy ARN is `NoSuchEntity` (`Policy ARN does not exist or is not
 *   attachable.` [GH:getmoto/moto#6482]); a service-linked role's policy is
 *   `PolicyNotAttachable` [GH:aws/aws-cdk#6131];
 * - at most 10 managed policies per role, user or group (`Cannot exceed quota for
 *   PoliciesPerRole: 10`, iam-facts §14–15); attaching one already attached changes nothing;
 * - a service-linked role refuses (`UnmodifiableEntity`).
 * Authorized as `iam:AttachRolePolicy` (…) on the entity's ARN with `iam:PolicyARN`.
 */
import type { AccountId, Arn, Group, Role, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn, type EntityOf } from './entities.ts'
import { iamErrors, type EntityKind } from './errors.ts'
import { holderTraits } from './holder-kinds.ts'
import { fail, succeed } from './outcome.ts'
import { attachablePolicy } from './policy-checks.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { iamQuotas } from './quotas.ts'
import { checkLength, checkName, firstProblem } from './validation.ts'

/** The managed policy of an attach or detach. */
export interface PolicyAttachmentInput {
  readonly accountId: AccountId
  readonly policyArn: Arn
}

/** Attaches a managed policy to a role. */
export function attachRolePolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly roleName: string },
): Outcome<Role> {
  return attachPolicy(world, caller, 'role', input.roleName, input)
}

/** Attaches a managed policy to a user. */
export function attachUserPolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly userName: string },
): Outcome<User> {
  return attachPolicy(world, caller, 'user', input.userName, input)
}

/** Attaches a managed policy to a group. */
export function attachGroupPolicy(
  world: World,
  caller: Caller,
  input: PolicyAttachmentInput & { readonly groupName: string },
): Outcome<Group> {
  return attachPolicy(world, caller, 'group', input.groupName, input)
}

function attachPolicy<K extends EntityKind>(
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
    action: traits.attachPolicy,
    resource: targetArn(world, kind, input.accountId, name),
    context: { 'iam:PolicyARN': input.policyArn },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const entity = getEntity(world, kind, input.accountId, name)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const unmodifiable = entity.kind === 'role' ? protectedRoleProblem(entity) : undefined
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  const policy = attachablePolicy(world, input.accountId, input.policyArn)
  if (!policy.ok) return fail(policy.error, auth.decisions)
  if (entity.attachedPolicies.includes(policy.policy.arn))
    return succeed(world, entity, auth.decisions)
  const limit = iamQuotas[traits.attachQuota]
  if (entity.attachedPolicies.length >= limit) {
    return fail(iamErrors.quota(traits.attachQuota, limit), auth.decisions)
  }
  const updated = {
    ...entity,
    attachedPolicies: [...entity.attachedPolicies, policy.policy.arn],
  } as EntityOf[K]
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
