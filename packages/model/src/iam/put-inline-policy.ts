/**
 * `PutRolePolicy`, `PutUserPolicy`, `PutGroupPolicy`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html): adds or
 * replaces an inline policy. The document is parsed as an identity policy
 * (`MalformedPolicyDocument` with AWS's words); the inline policies of one entity together hold
 * at most 2,048 (user), 10,240 (role) or 5,120 (group) non-whitespace characters
 * (`Maximum policy size of 10240 bytes exceeded for role NAME`, iam-facts §14–15). A
 * service-linked role refuses (`UnmodifiableEntity`). Authorized as `iam:PutRolePolicy` (…) on
 * the entity's ARN.
 */
import { policySize } from '@hatrack/policy'
import { storePolicy } from '../world/store-policy.ts'
import { withEntry } from '../world/update.ts'
import type { AccountId, Group, Role, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn, type EntityOf } from './entities.ts'
import { iamErrors, type EntityKind } from './errors.ts'
import { holderTraits } from './holder-kinds.ts'
import { fail, succeed } from './outcome.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { inlinePolicyQuota } from './quotas.ts'
import { checkName, firstProblem } from './validation.ts'

interface InlinePolicyInput {
  readonly accountId: AccountId
  readonly policyName: string
  /** JSON text or a JSON value. */
  readonly policyDocument: string | unknown
}

/** Adds or replaces an inline policy of a role. */
export function putRolePolicy(
  world: World,
  caller: Caller,
  input: InlinePolicyInput & { readonly roleName: string },
): Outcome<Role> {
  return putInlinePolicy(world, caller, 'role', input.roleName, input)
}

/** Adds or replaces an inline policy of a user. */
export function putUserPolicy(
  world: World,
  caller: Caller,
  input: InlinePolicyInput & { readonly userName: string },
): Outcome<User> {
  return putInlinePolicy(world, caller, 'user', input.userName, input)
}

/** Adds or replaces an inline policy of a group. */
export function putGroupPolicy(
  world: World,
  caller: Caller,
  input: InlinePolicyInput & { readonly groupName: string },
): Outcome<Group> {
  return putInlinePolicy(world, caller, 'group', input.groupName, input)
}

function putInlinePolicy<K extends EntityKind>(
  world: World,
  caller: Caller,
  kind: K,
  name: string,
  input: InlinePolicyInput,
): Outcome<EntityOf[K]> {
  const traits = holderTraits[kind]
  const invalid = firstProblem(
    () => checkName(name, traits.field, traits.maxName),
    () => checkName(input.policyName, 'policyName', 128),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: traits.putPolicy,
    resource: targetArn(world, kind, input.accountId, name),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const entity = getEntity(world, kind, input.accountId, name)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const unmodifiable = entity.kind === 'role' ? protectedRoleProblem(entity) : undefined
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  const limit = inlinePolicyQuota[kind]
  const stored = storePolicy(world, input.policyDocument, 'identity', { inline: kind })
  if (!stored.ok) {
    const error = stored.tooLarge
      ? iamErrors.inlinePolicySize(kind, limit, entity.name)
      : stored.error
    return fail(error, auth.decisions)
  }
  let total = stored.size
  for (const [policyName, other] of entity.inlinePolicies) {
    if (policyName !== input.policyName) total += policySize(other.document)
  }
  if (total > limit)
    return fail(iamErrors.inlinePolicySize(kind, limit, entity.name), auth.decisions)
  const updated = {
    ...entity,
    inlinePolicies: withEntry(entity.inlinePolicies, input.policyName, stored.stored),
  } as EntityOf[K]
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
