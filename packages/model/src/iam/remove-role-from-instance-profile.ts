/**
 * `RemoveRoleFromInstanceProfile` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveRoleFromInstanceProfile.html):
 * a role that is not in the profile is `NoSuchEntity` (Hatrack's choice of words: the role's
 * own "cannot be found" message). Authorized as `iam:RemoveRoleFromInstanceProfile` on the
 * profile's ARN.
 */
import type { InstanceProfile, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import type { InstanceProfileRoleInput } from './add-role-to-instance-profile.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { iamErrors } from './errors.ts'
import {
  getInstanceProfile,
  instanceProfileArn,
  setInstanceProfile,
} from './instance-profile-store.ts'
import { fail, succeed } from './outcome.ts'
import { checkName, firstProblem } from './validation.ts'

/** Takes the role out of the instance profile; returns the profile. */
export function removeRoleFromInstanceProfile(
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
    action: 'iam:RemoveRoleFromInstanceProfile',
    resource: instanceProfileArn(world, input.accountId, input.instanceProfileName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const profile = getInstanceProfile(world, input.accountId, input.instanceProfileName)
  if (!profile)
    return fail(iamErrors.noSuchInstanceProfile(input.instanceProfileName), auth.decisions)
  const folded = input.roleName.toLowerCase()
  const roles = profile.roles.filter((name) => name.toLowerCase() !== folded)
  if (roles.length === profile.roles.length) {
    return fail(iamErrors.noSuchEntity('role', input.roleName), auth.decisions)
  }
  const updated: InstanceProfile = { ...profile, roles }
  return succeed(
    setInstanceProfile(world, input.accountId, profile.name, updated),
    updated,
    auth.decisions,
  )
}
