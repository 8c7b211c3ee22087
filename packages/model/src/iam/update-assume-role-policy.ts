/**
 * `UpdateAssumeRolePolicy` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html):
 * replaces a role's trust policy, parsed and stored as `CreateRole` does (unique-id transform,
 * `Invalid principal in policy`, 2,048 characters). A service-linked role's trust cannot be
 * changed (`UnmodifiableEntity`). Authorized as `iam:UpdateAssumeRolePolicy` on the role's ARN.
 */
import { storePolicy } from '../world/store-policy.ts'
import type { AccountId, Role, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { iamQuotas } from './quotas.ts'
import { checkName } from './validation.ts'

export interface UpdateAssumeRolePolicyInput {
  readonly accountId: AccountId
  readonly roleName: string
  /** The new trust policy: JSON text or a JSON value. */
  readonly policyDocument: string | unknown
}

/** Replaces the role's trust policy; returns the updated role. */
export function updateAssumeRolePolicy(
  world: World,
  caller: Caller,
  input: UpdateAssumeRolePolicyInput,
): Outcome<Role> {
  const invalid = checkName(input.roleName, 'roleName', 64)
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:UpdateAssumeRolePolicy',
    resource: targetArn(world, 'role', input.accountId, input.roleName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const role = getEntity(world, 'role', input.accountId, input.roleName)
  if (!role) return fail(iamErrors.noSuchEntity('role', input.roleName), auth.decisions)
  const unmodifiable = protectedRoleProblem(role)
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  const trust = storePolicy(world, input.policyDocument, 'trust')
  if (!trust.ok) return fail(trust.error, auth.decisions)
  if (trust.size > iamQuotas.ACLSizePerRole) {
    return fail(iamErrors.quota('ACLSizePerRole', iamQuotas.ACLSizePerRole), auth.decisions)
  }
  const updated: Role = { ...role, trustPolicy: trust.stored }
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
