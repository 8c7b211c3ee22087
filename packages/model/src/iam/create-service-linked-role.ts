/**
 * `CreateServiceLinkedRole` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html):
 * the service's role, at `/aws-service-role/SERVICE/`, named by the service
 * (`AWSServiceRoleForX`, or `AWSServiceRoleForX_SUFFIX` where the service takes a suffix of
 * 1–64 characters), trusting only the service, with the service's managed policy attached
 * (iam-facts §16). A name already taken is `InvalidInput` (`Service role name X has been taken
 * in this account, please try a different suffix.` [GH:Rayraegah/terraform-aws-hasura#17]).
 * The role is then unmodifiable (see `protected-role.ts`). The managed policy is attached
 * when Hatrack's library holds it. Authorized as `iam:CreateServiceLinkedRole` on the role's
 * ARN with `iam:AWSServiceName` (iam-facts §6).
 */
import { iamArn } from '../world/arn.ts'
import { findPolicy } from '../world/find-policy.ts'
import { storePolicy } from '../world/store-policy.ts'
import { drawId } from '../world/update.ts'
import type { AccountId, Role, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { SERVICE_ROLE_PATH } from './protected-role.ts'
import { iamQuotas } from './quotas.ts'
import { serviceLinkedRoles, serviceLinkedTrustPolicy } from './service-linked-roles.ts'
import { checkDescription, checkLength, checkName, firstProblem } from './validation.ts'

export interface CreateServiceLinkedRoleInput {
  readonly accountId: AccountId
  /** The service principal: `ecs.amazonaws.com`. */
  readonly awsServiceName: string
  readonly description?: string
  readonly customSuffix?: string
}

/** Creates the service's service-linked role. */
export function createServiceLinkedRole(
  world: World,
  caller: Caller,
  input: CreateServiceLinkedRoleInput,
): Outcome<Role> {
  const invalid = firstProblem(
    () => checkLength(input.awsServiceName, 'awsServiceName', 1, 128),
    () =>
      input.customSuffix === undefined
        ? undefined
        : checkName(input.customSuffix, 'customSuffix', 64),
    () => (input.description === undefined ? undefined : checkDescription(input.description)),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const spec = serviceLinkedRoles.get(input.awsServiceName)
  const roleName =
    (spec?.roleName ?? `AWSServiceRoleFor${input.awsServiceName}`) +
    (input.customSuffix === undefined ? '' : `_${input.customSuffix}`)
  const path = `${SERVICE_ROLE_PATH}${input.awsServiceName}/`
  const arn = iamArn(input.accountId, 'role', path, roleName)
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateServiceLinkedRole',
    resource: arn,
    context: { 'iam:AWSServiceName': input.awsServiceName },
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (!spec) return fail(iamErrors.unknownService(input.awsServiceName), auth.decisions)
  if (input.customSuffix !== undefined && !spec.customSuffix) {
    return fail(iamErrors.customSuffixNotAllowed(spec.service), auth.decisions)
  }
  if (getEntity(world, 'role', input.accountId, roleName)) {
    return fail(iamErrors.serviceRoleNameTaken(roleName), auth.decisions)
  }
  if (account.roles.size >= iamQuotas.RolesPerAccount) {
    return fail(iamErrors.quota('RolesPerAccount', iamQuotas.RolesPerAccount), auth.decisions)
  }
  const trust = storePolicy(world, serviceLinkedTrustPolicy(spec.service), 'trust')
  if (!trust.ok) throw new Error(`invariant: the trust policy of ${roleName} does not parse`)
  const policy = findPolicy(world, spec.policyArn)
  const drawn = drawId(world, 'role')
  const role: Role = {
    kind: 'role',
    name: roleName,
    path,
    arn,
    id: drawn.id,
    accountId: input.accountId,
    createdAt: world.now,
    inlinePolicies: new Map(),
    attachedPolicies: policy ? [policy.arn] : [],
    trustPolicy: trust.stored,
    boundary: undefined,
    maxSessionDuration: 3600,
    tags: [],
    description: input.description ?? spec.description,
    serviceLinked: { service: spec.service },
  }
  return succeed(putEntity(drawn.world, role), role, auth.decisions)
}
