/**
 * `CreateAccessKey` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html):
 * a new long-term key (`AKIA…` id and a 40-character secret from the seeded generator), active;
 * two keys per user at most, active or not (`Cannot exceed quota for AccessKeysPerUser: 2`
 * [GH:bartekj/aws-tools#29]). Authorized as `iam:CreateAccessKey` on the user's ARN.
 */
import { generateSecret } from '../ids/index.ts'
import { drawId } from '../world/update.ts'
import type { AccessKey, AccountId, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkName } from './validation.ts'

export interface AccessKeyInput {
  readonly accountId: AccountId
  readonly userName: string
}

/** Creates an access key for the user; returns the key (with its secret) and the user. */
export function createAccessKey(
  world: World,
  caller: Caller,
  input: AccessKeyInput,
): Outcome<{ readonly accessKey: AccessKey; readonly user: User }> {
  const invalid = checkName(input.userName, 'userName', 64)
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateAccessKey',
    resource: targetArn(world, 'user', input.accountId, input.userName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  if (user.accessKeys.length >= iamQuotas.AccessKeysPerUser) {
    return fail(iamErrors.quota('AccessKeysPerUser', iamQuotas.AccessKeysPerUser), auth.decisions)
  }
  const drawn = drawId(world, 'accessKey')
  const secret = generateSecret(drawn.world.seed)
  const accessKey: AccessKey = {
    id: drawn.id,
    secret: secret.value,
    status: 'Active',
    createdAt: world.now,
  }
  const updated: User = { ...user, accessKeys: [...user.accessKeys, accessKey] }
  const next = putEntity({ ...drawn.world, seed: secret.state }, updated)
  return succeed(next, { accessKey, user: updated }, auth.decisions)
}
