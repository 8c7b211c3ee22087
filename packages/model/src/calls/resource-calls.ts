/**
 * Resource calls made by a caller rather than by an administrator: each is authorized with its
 * service's action (`resource-actions.ts`) before the resource operation runs. Creating a Lambda
 * function, an EC2 instance or a CloudFormation stack with a role also needs `iam:PassRole` on
 * that role for the service (iam-facts §16). An administrator (`{ kind: 'admin' }`) is not
 * authorized, as for IAM operations.
 */
import type { Decision } from '@hatrack/engine'
import { authorizeOperation, type OperationRequest } from '../iam/authorize-operation.ts'
import { requestTagContext, tagKeysContext } from '../iam/tags.ts'
import type { Caller } from '../operations/types.ts'
import { createResource, type CreateResourceInput } from '../resources/create-resource.ts'
import { deleteResourcePolicy, putResourcePolicy } from '../resources/put-resource-policy.ts'
import { newResourceArn } from '../resources/resource-arn.ts'
import { tagResource, untagResource } from '../resources/tag-resource.ts'
import type { ResourceOutcome } from '../resources/types.ts'
import { passRole } from '../services/pass-role.ts'
import { findInstanceProfile, findRole } from '../world/find-entity.ts'
import { findResource } from '../world/find-resource.ts'
import { iamNameOf } from '../world/arn.ts'
import type { Arn, Resource, Tag, World } from '../world/types.ts'
import { resourceActions } from './resource-actions.ts'
import type { ServiceCallOutcome } from './service-call.ts'

/** Authorizes `requests` in turn, then runs `operation` on the world as it was. */
function authorizedThen<T>(
  world: World,
  caller: Caller,
  requests: readonly OperationRequest[],
  operation: (world: World) => ResourceOutcome<T>,
  passed?: { readonly roleArn: Arn; readonly service: string },
): ServiceCallOutcome<T> {
  const decisions: Decision[] = []
  for (const request of requests) {
    const auth = authorizeOperation(world, caller, request)
    decisions.push(...auth.decisions)
    if (!auth.ok) return { status: 'error', error: auth.error, decisions }
  }
  if (passed !== undefined) {
    const check = passRole(world, caller, passed)
    decisions.push(...check.decisions)
    if (!check.ok) return { status: 'error', error: check.error, decisions }
  }
  const outcome = operation(world)
  return outcome.status === 'ok'
    ? { status: 'ok', world: outcome.world, value: outcome.value, decisions }
    : { status: 'error', error: outcome.error, decisions }
}

/** The role a resource's `role` passes: the role itself, or an instance profile's role. */
function passedRole(world: World, input: CreateResourceInput): Arn | undefined {
  if (input.role === undefined) return undefined
  if (input.type !== 'ec2:instance') return input.role
  const name = iamNameOf(input.role, 'instance-profile')
  const profile =
    name === undefined ? undefined : findInstanceProfile(world, name.accountId, name.name)
  const roleName = profile?.roles[0]
  return roleName === undefined || name === undefined
    ? undefined
    : findRole(world, name.accountId, roleName)?.arn
}

/** Creates a resource as `caller`: its service's create action, and `iam:PassRole` for its role. */
export function createResourceAs(
  world: World,
  caller: Caller,
  input: CreateResourceInput,
): ServiceCallOutcome<Resource> {
  const actions = resourceActions[input.type]
  if (actions === undefined || caller.kind === 'admin')
    return authorizedThen(world, caller, [], (current) => createResource(current, input))
  const arn =
    input.type === 'kms:key'
      ? '*'
      : newResourceArn(world, input.type, input.account, input.region ?? 'us-east-1', input.name)
          .arn
  const role = passedRole(world, input)
  const service = actions.passRoleTo
  return authorizedThen(
    world,
    caller,
    [{ action: actions.create, resource: arn, context: requestTagContext(input.tags ?? []) }],
    (current) => createResource(current, input),
    role !== undefined && service !== undefined ? { roleArn: role, service } : undefined,
  )
}

function onResource<T>(
  world: World,
  caller: Caller,
  arn: Arn,
  pick: (actions: (typeof resourceActions)[keyof typeof resourceActions]) => string | undefined,
  context: OperationRequest['context'],
  operation: (world: World) => ResourceOutcome<T>,
): ServiceCallOutcome<T> {
  const resource = findResource(world, arn)
  const action = resource === undefined ? undefined : pick(resourceActions[resource.type])
  const requests =
    action === undefined ? [] : [{ action, resource: arn, ...(context ? { context } : {}) }]
  return authorizedThen(world, caller, requests, operation)
}

/** Sets a resource's resource-based policy as `caller`. */
export function putResourcePolicyAs(
  world: World,
  caller: Caller,
  input: { readonly arn: Arn; readonly policy: string | unknown },
): ServiceCallOutcome<Resource> {
  return onResource(
    world,
    caller,
    input.arn,
    (a) => a.putPolicy,
    undefined,
    (current) => putResourcePolicy(current, input),
  )
}

/** Removes a resource's resource-based policy as `caller`. */
export function deleteResourcePolicyAs(
  world: World,
  caller: Caller,
  input: { readonly arn: Arn },
): ServiceCallOutcome<Resource> {
  return onResource(
    world,
    caller,
    input.arn,
    (a) => a.deletePolicy,
    undefined,
    (current) => deleteResourcePolicy(current, input),
  )
}

/** Tags a resource as `caller` (`aws:RequestTag/…` and `aws:TagKeys` in the context). */
export function tagResourceAs(
  world: World,
  caller: Caller,
  input: { readonly arn: Arn; readonly tags: readonly Tag[] },
): ServiceCallOutcome<Resource> {
  return onResource(
    world,
    caller,
    input.arn,
    (a) => a.tag,
    requestTagContext(input.tags),
    (current) => tagResource(current, input),
  )
}

/** Removes tags from a resource as `caller` (`aws:TagKeys` in the context). */
export function untagResourceAs(
  world: World,
  caller: Caller,
  input: { readonly arn: Arn; readonly tagKeys: readonly string[] },
): ServiceCallOutcome<Resource> {
  return onResource(
    world,
    caller,
    input.arn,
    (a) => a.untag,
    tagKeysContext(input.tagKeys),
    (current) => untagResource(current, input),
  )
}
