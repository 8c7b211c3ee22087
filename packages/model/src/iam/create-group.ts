/**
 * `CreateGroup` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html):
 * a group name of 1–128 characters `[\w+=,.@-]`, unique regardless of case. Authorized as
 * `iam:CreateGroup` on the group's ARN.
 */
import { iamArn } from '../world/arn.ts'
import { drawId } from '../world/update.ts'
import type { AccountId, Group, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkName, checkPath, firstProblem } from './validation.ts'

export interface CreateGroupInput {
  readonly accountId: AccountId
  readonly groupName: string
  readonly path?: string
}

/** Creates an IAM group with a new `AGPA…` id. */
export function createGroup(world: World, caller: Caller, input: CreateGroupInput): Outcome<Group> {
  const path = input.path ?? '/'
  const invalid = firstProblem(
    () => checkName(input.groupName, 'groupName', 128),
    () => checkPath(path),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = iamArn(input.accountId, 'group', path, input.groupName)
  const auth = authorizeOperation(world, caller, { action: 'iam:CreateGroup', resource: arn })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (getEntity(world, 'group', input.accountId, input.groupName)) {
    return fail(iamErrors.entityExists('group', input.groupName), auth.decisions)
  }
  if (account.groups.size >= iamQuotas.GroupsPerAccount) {
    return fail(iamErrors.quota('GroupsPerAccount', iamQuotas.GroupsPerAccount), auth.decisions)
  }
  const drawn = drawId(world, 'group')
  const group: Group = {
    kind: 'group',
    name: input.groupName,
    path,
    arn,
    id: drawn.id,
    accountId: input.accountId,
    createdAt: world.now,
    inlinePolicies: new Map(),
    attachedPolicies: [],
  }
  return succeed(putEntity(drawn.world, group), group, auth.decisions)
}
