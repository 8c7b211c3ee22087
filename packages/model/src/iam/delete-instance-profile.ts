/**
 * `DeleteInstanceProfile` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteInstanceProfile.html):
 * the profile must hold no role, else `DeleteConflict` (`Cannot delete entity, must remove
 * roles from instance profile first.`). Authorized as `iam:DeleteInstanceProfile` on the
 * profile's ARN.
 */
import type { AccountId, InstanceProfile, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { iamErrors } from './errors.ts'
import {
  getInstanceProfile,
  instanceProfileArn,
  setInstanceProfile,
} from './instance-profile-store.ts'
import { fail, succeed } from './outcome.ts'
import { checkName } from './validation.ts'

/** Deletes an empty instance profile; returns the deleted profile. */
export function deleteInstanceProfile(
  world: World,
  caller: Caller,
  input: { readonly accountId: AccountId; readonly instanceProfileName: string },
): Outcome<InstanceProfile> {
  const invalid = checkName(input.instanceProfileName, 'instanceProfileName', 128)
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeleteInstanceProfile',
    resource: instanceProfileArn(world, input.accountId, input.instanceProfileName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const profile = getInstanceProfile(world, input.accountId, input.instanceProfileName)
  if (!profile)
    return fail(iamErrors.noSuchInstanceProfile(input.instanceProfileName), auth.decisions)
  if (profile.roles.length > 0)
    return fail(iamErrors.mustRemoveFromInstanceProfile(), auth.decisions)
  return succeed(
    setInstanceProfile(world, input.accountId, profile.name, undefined),
    profile,
    auth.decisions,
  )
}
