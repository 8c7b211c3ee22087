/**
 * `AddRoleToInstanceProfile` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html):
 * an instance profile holds one role at most, a fixed quota (`Cannot exceed quota for
 * InstanceSessionsPerInstanceProfile: 1`, iam-facts §15 [GH:getmoto/moto#6404 quoting AWS]).
 * Authorized as `iam:AddRoleToInstanceProfile` on the profile's ARN.
 */
import type { AccountId, InstanceProfile, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity } from './entities.ts'
import { iamErrors } from './errors.ts'
import {
  getInstanceProfile,
  instanceProfileArn,
  setInstanceProfile,
} from './instance-profile-store.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkName, firstProblem } from './validation.ts'

export interface InstanceProfileRoleInput {
  readonly accountId: AccountId
  readonly instanceProfileName: string
  readonly roleName: string
}

/** Puts the role in the instance profile; returns the profile. */
export function addRoleToInstanceProfile(
  world: World,
  caller: Caller,
  input: InstanceProfileRoleInput,
): Outcome<InstanceProfile> {
  const invalid = firstProblem(
    () => checkName(input.instanceProfileName, 'instanceProfileName', 128),
    () => checkName(input.roleName, 'roleName', 64),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:AddRoleToInstanceProfile',
    resource: instanceProfileArn(world, input.accountId, input.instanceProfileName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const profile = getInstanceProfile(world, input.accountId, input.instanceProfileName)
  if (!profile)
    return fail(iamErrors.noSuchInstanceProfile(input.instanceProfileName), auth.decisions)
  const role = getEntity(world, 'role', input.accountId, input.roleName)
  if (!role) return fail(iamErrors.noSuchEntity('role', input.roleName), auth.decisions)
  if (profile.roles.length >= iamQuotas.InstanceSessionsPerInstanceProfile) {
    return fail(
      iamErrors.quota(
        'InstanceSessionsPerInstanceProfile',
        iamQuotas.InstanceSessionsPerInstanceProfile,
      ),
      auth.decisions,
    )
  }
  const updated: InstanceProfile = { ...profile, roles: [...profile.roles, role.name] }
  return succeed(
    setInstanceProfile(world, input.accountId, profile.name, updated),
    updated,
    auth.decisions,
  )
}
