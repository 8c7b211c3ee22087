/**
 * `CreateInstanceProfile` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html):
 * an empty container for one role (iam-facts §16), named 1–128 characters `[\w+=,.@-]`, unique
 * regardless of case, with a new `AIPA…` id. Authorized as `iam:CreateInstanceProfile` on the
 * profile's ARN.
 */
import { iamArn } from '../world/arn.ts'
import { drawId } from '../world/update.ts'
import type { AccountId, InstanceProfile, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { iamErrors } from './errors.ts'
import { getInstanceProfile, setInstanceProfile } from './instance-profile-store.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkName, checkPath, firstProblem } from './validation.ts'

export interface CreateInstanceProfileInput {
  readonly accountId: AccountId
  readonly instanceProfileName: string
  readonly path?: string
}

/** Creates an instance profile without a role. */
export function createInstanceProfile(
  world: World,
  caller: Caller,
  input: CreateInstanceProfileInput,
): Outcome<InstanceProfile> {
  const path = input.path ?? '/'
  const invalid = firstProblem(
    () => checkName(input.instanceProfileName, 'instanceProfileName', 128),
    () => checkPath(path),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = iamArn(input.accountId, 'instance-profile', path, input.instanceProfileName)
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateInstanceProfile',
    resource: arn,
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (getInstanceProfile(world, input.accountId, input.instanceProfileName)) {
    return fail(iamErrors.instanceProfileExists(input.instanceProfileName), auth.decisions)
  }
  if (account.instanceProfiles.size >= iamQuotas.InstanceProfilesPerAccount) {
    return fail(
      iamErrors.quota('InstanceProfilesPerAccount', iamQuotas.InstanceProfilesPerAccount),
      auth.decisions,
    )
  }
  const drawn = drawId(world, 'instanceProfile')
  const profile: InstanceProfile = {
    name: input.instanceProfileName,
    path,
    arn,
    id: drawn.id,
    roles: [],
  }
  return succeed(
    setInstanceProfile(drawn.world, input.accountId, profile.name, profile),
    profile,
    auth.decisions,
  )
}
