/**
 * `DeleteAccessKey` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html):
 * removes one of the user's access keys; an unknown key id is `NoSuchEntity`. Authorized as
 * `iam:DeleteAccessKey` on the user's ARN.
 */
import type { User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import type { AccessKeyInput } from './create-access-key.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { checkLength, checkName, firstProblem } from './validation.ts'

/** Deletes an access key of the user; returns the user. */
export function deleteAccessKey(
  world: World,
  caller: Caller,
  input: AccessKeyInput & { readonly accessKeyId: string },
): Outcome<User> {
  const invalid = firstProblem(
    () => checkName(input.userName, 'userName', 64),
    () => checkLength(input.accessKeyId, 'accessKeyId', 16, 128),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeleteAccessKey',
    resource: targetArn(world, 'user', input.accountId, input.userName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const accessKeys = user.accessKeys.filter((key) => key.id !== input.accessKeyId)
  if (accessKeys.length === user.accessKeys.length) {
    return fail(iamErrors.noSuchAccessKey(input.accessKeyId), auth.decisions)
  }
  const updated: User = { ...user, accessKeys }
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
