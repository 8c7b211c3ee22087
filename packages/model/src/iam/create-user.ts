/**
 * `CreateUser` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html):
 * a user name of 1–64 characters `[\w+=,.@-]`, unique regardless of case; an optional path,
 * permissions boundary and tags. Authorized as `iam:CreateUser` on the new user's ARN, with
 * `iam:PermissionsBoundary` and the request's tags in the context.
 *
 * Like every IAM operation here: input validation first (`ValidationError`), then
 * authorization, then the checks against the world.
 */
import { iamArn } from '../world/arn.ts'
import { drawId } from '../world/update.ts'
import type { AccountId, Arn, Tag, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { boundaryPolicy } from './policy-checks.ts'
import { iamQuotas } from './quotas.ts'
import { checkTags, requestTagContext } from './tags.ts'
import { checkName, checkPath, firstProblem } from './validation.ts'

export interface CreateUserInput {
  readonly accountId: AccountId
  readonly userName: string
  /** `/` by default. */
  readonly path?: string
  readonly permissionsBoundary?: Arn
  readonly tags?: readonly Tag[]
}

/** Creates an IAM user with a new `AIDA…` id. */
export function createUser(world: World, caller: Caller, input: CreateUserInput): Outcome<User> {
  const path = input.path ?? '/'
  const tags = input.tags ?? []
  const invalid = firstProblem(
    () => checkName(input.userName, 'userName', 64),
    () => checkPath(path),
    () => checkTags(tags),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = iamArn(input.accountId, 'user', path, input.userName)
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateUser',
    resource: arn,
    context: {
      ...(input.permissionsBoundary
        ? { 'iam:PermissionsBoundary': input.permissionsBoundary }
        : {}),
      ...requestTagContext(tags),
    },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (getEntity(world, 'user', input.accountId, input.userName)) {
    return fail(iamErrors.entityExists('user', input.userName), auth.decisions)
  }
  if (account.users.size >= iamQuotas.UsersPerAccount) {
    return fail(iamErrors.quota('UsersPerAccount', iamQuotas.UsersPerAccount), auth.decisions)
  }
  if (input.permissionsBoundary !== undefined) {
    const boundary = boundaryPolicy(world, input.accountId, input.permissionsBoundary)
    if (!boundary.ok) return fail(boundary.error, auth.decisions)
  }
  const drawn = drawId(world, 'user')
  const user: User = {
    kind: 'user',
    name: input.userName,
    path,
    arn,
    id: drawn.id,
    accountId: input.accountId,
    createdAt: world.now,
    inlinePolicies: new Map(),
    attachedPolicies: [],
    groups: [],
    boundary: input.permissionsBoundary,
    tags: tags.map((tag) => ({ key: tag.key, value: tag.value })),
    accessKeys: [],
    mfaDevices: [],
  }
  return succeed(putEntity(drawn.world, user), user, auth.decisions)
}
