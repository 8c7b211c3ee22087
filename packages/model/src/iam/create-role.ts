/**
 * `CreateRole` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html):
 * - role name 1–64 characters `[\w+=,.@-]`, unique regardless of case (`Role with name X
 *   already exists.`, iam-facts §1, [GH:garnaat/kappa#17]);
 * - `MaxSessionDuration` 3,600–43,200 seconds, 3,600 by default (iam-facts §11);
 * - the trust policy is parsed as a trust policy, refused with `MalformedPolicyDocument`, its
 *   principals stored by unique id (iam-facts §2), and at most 2,048 non-whitespace characters
 *   (`Cannot exceed quota for ACLSizePerRole: 2048`, iam-facts §14–15);
 * - the path `/aws-service-role/` is kept for service-linked roles, which only
 *   `CreateServiceLinkedRole` makes ([GH:99designs/iamy#49]; Hatrack's wording).
 * Authorized as `iam:CreateRole` on the role's ARN, with `iam:PermissionsBoundary` and the
 * request's tags in the context.
 */
import { iamArn } from '../world/arn.ts'
import { storePolicy } from '../world/store-policy.ts'
import { drawId } from '../world/update.ts'
import type { AccountId, Arn, Role, Tag, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity } from './entities.ts'
import { awsError, iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { boundaryPolicy } from './policy-checks.ts'
import { SERVICE_ROLE_PATH } from './protected-role.ts'
import { iamQuotas } from './quotas.ts'
import { checkTags, requestTagContext } from './tags.ts'
import { checkDescription, checkName, checkPath, checkRange, firstProblem } from './validation.ts'

export interface CreateRoleInput {
  readonly accountId: AccountId
  readonly roleName: string
  /** The trust policy: JSON text or a JSON value. */
  readonly assumeRolePolicyDocument: string | unknown
  readonly path?: string
  readonly description?: string
  /** Seconds, 3,600 to 43,200; 3,600 by default. */
  readonly maxSessionDuration?: number
  readonly permissionsBoundary?: Arn
  readonly tags?: readonly Tag[]
}

/** Creates an IAM role with a new `AROA…` id. */
export function createRole(world: World, caller: Caller, input: CreateRoleInput): Outcome<Role> {
  const path = input.path ?? '/'
  const tags = input.tags ?? []
  const maxSessionDuration = input.maxSessionDuration ?? 3600
  const invalid = firstProblem(
    () => checkName(input.roleName, 'roleName', 64),
    () => checkPath(path),
    () => (input.description === undefined ? undefined : checkDescription(input.description)),
    () => checkRange(maxSessionDuration, 'maxSessionDuration', 3600, 43200),
    () => checkTags(tags),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = iamArn(input.accountId, 'role', path, input.roleName)
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateRole',
    resource: arn,
    context: {
      ...(input.permissionsBoundary
        ? { 'iam:PermissionsBoundary': input.permissionsBoundary }
        : {}),
      ...requestTagContext(tags),
    },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const refuse = (error: Parameters<typeof fail>[0]) => fail<Role>(error, auth.decisions)
  if (path.startsWith(SERVICE_ROLE_PATH)) {
    return refuse(
      awsError(
        'InvalidInput',
        `The path ${SERVICE_ROLE_PATH} is reserved for service-linked roles: create them with CreateServiceLinkedRole.`,
      ),
    )
  }
  if (getEntity(world, 'role', input.accountId, input.roleName)) {
    return refuse(iamErrors.entityExists('role', input.roleName))
  }
  const trust = storePolicy(world, input.assumeRolePolicyDocument, 'trust')
  if (!trust.ok) return refuse(trust.error)
  if (trust.size > iamQuotas.ACLSizePerRole) {
    return refuse(iamErrors.quota('ACLSizePerRole', iamQuotas.ACLSizePerRole))
  }
  if (input.permissionsBoundary !== undefined) {
    const boundary = boundaryPolicy(world, input.accountId, input.permissionsBoundary)
    if (!boundary.ok) return refuse(boundary.error)
  }
  if (account.roles.size >= iamQuotas.RolesPerAccount) {
    return refuse(iamErrors.quota('RolesPerAccount', iamQuotas.RolesPerAccount))
  }
  const drawn = drawId(world, 'role')
  const role: Role = {
    kind: 'role',
    name: input.roleName,
    path,
    arn,
    id: drawn.id,
    accountId: input.accountId,
    createdAt: world.now,
    inlinePolicies: new Map(),
    attachedPolicies: [],
    trustPolicy: trust.stored,
    boundary: input.permissionsBoundary,
    maxSessionDuration,
    tags: tags.map((tag) => ({ key: tag.key, value: tag.value })),
    description: input.description,
    serviceLinked: undefined,
  }
  return succeed(putEntity(drawn.world, role), role, auth.decisions)
}
