/**
 * `PutRolePermissionsBoundary`, `PutUserPermissionsBoundary`, `DeleteRolePermissionsBoundary`,
 * `DeleteUserPermissionsBoundary`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html):
 * one boundary per user or role (iam-facts §15); the policy must exist (`Scope ARN: … does not
 * exist or is not attachable.`); a service-linked role has none and refuses both
 * (`UnmodifiableEntity`, iam-facts §16). Deleting a boundary that is not set changes nothing
 * (AWS's behaviour unconfirmed). Authorized as `iam:PutRolePermissionsBoundary` (…) on the
 * entity's ARN, with `iam:PermissionsBoundary` naming the policy (Service Authorization
 * Reference, IAM condition keys).
 */
import type { AccountId, Arn, Role, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { boundaryPolicy } from './policy-checks.ts'
import { protectedRoleProblem } from './protected-role.ts'
import { checkLength, checkName, firstProblem } from './validation.ts'

type BoundaryHolder = 'user' | 'role'

const actions = {
  user: {
    put: 'iam:PutUserPermissionsBoundary',
    remove: 'iam:DeleteUserPermissionsBoundary',
    field: 'userName',
  },
  role: {
    put: 'iam:PutRolePermissionsBoundary',
    remove: 'iam:DeleteRolePermissionsBoundary',
    field: 'roleName',
  },
} as const

/** Sets the permissions boundary of a role. */
export function putRolePermissionsBoundary(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly roleName: string
    readonly permissionsBoundary: Arn
  },
): Outcome<Role> {
  return setBoundary(
    world,
    caller,
    'role',
    input.accountId,
    input.roleName,
    input.permissionsBoundary,
  ) as Outcome<Role>
}

/** Sets the permissions boundary of a user. */
export function putUserPermissionsBoundary(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly userName: string
    readonly permissionsBoundary: Arn
  },
): Outcome<User> {
  return setBoundary(
    world,
    caller,
    'user',
    input.accountId,
    input.userName,
    input.permissionsBoundary,
  ) as Outcome<User>
}

/** Removes the permissions boundary of a role. */
export function deleteRolePermissionsBoundary(
  world: World,
  caller: Caller,
  input: { readonly accountId: AccountId; readonly roleName: string },
): Outcome<Role> {
  return setBoundary(
    world,
    caller,
    'role',
    input.accountId,
    input.roleName,
    undefined,
  ) as Outcome<Role>
}

/** Removes the permissions boundary of a user. */
export function deleteUserPermissionsBoundary(
  world: World,
  caller: Caller,
  input: { readonly accountId: AccountId; readonly userName: string },
): Outcome<User> {
  return setBoundary(
    world,
    caller,
    'user',
    input.accountId,
    input.userName,
    undefined,
  ) as Outcome<User>
}

function setBoundary(
  world: World,
  caller: Caller,
  kind: BoundaryHolder,
  accountId: AccountId,
  name: string,
  boundary: Arn | undefined,
): Outcome<User | Role> {
  const traits = actions[kind]
  const invalid = firstProblem(
    () => checkName(name, traits.field, 64),
    () =>
      boundary === undefined ? undefined : checkLength(boundary, 'permissionsBoundary', 20, 2048),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(accountId)) return fail(iamErrors.unknownAccount(accountId))
  const entity = getEntity(world, kind, accountId, name)
  const current = boundary ?? entity?.boundary
  const auth = authorizeOperation(world, caller, {
    action: boundary === undefined ? traits.remove : traits.put,
    resource: targetArn(world, kind, accountId, name),
    context: current === undefined ? {} : { 'iam:PermissionsBoundary': current },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const unmodifiable = entity.kind === 'role' ? protectedRoleProblem(entity) : undefined
  if (unmodifiable) return fail(unmodifiable, auth.decisions)
  if (boundary !== undefined) {
    const policy = boundaryPolicy(world, accountId, boundary)
    if (!policy.ok) return fail(policy.error, auth.decisions)
  }
  if (entity.boundary === boundary) return succeed(world, entity, auth.decisions)
  const updated = { ...entity, boundary }
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
