/**
 * Setting or removing a resource's resource-based policy (`PutBucketPolicy`, `PutKeyPolicy`,
 * `SetQueueAttributes Policy`, `SetTopicAttributes Policy`, Kinesis and Secrets Manager
 * `PutResourcePolicy`, Lambda `AddPermission`), as an administrator's change: parsed as kind
 * `resource`, principals stored by unique id (iam-facts §2), held to the service's size limit.
 */
import { findResource } from '../world/find-resource.ts'
import { updateAccount, withEntry } from '../world/update.ts'
import type { Arn, Resource, World } from '../world/types.ts'
import { resourceErrors, resourceFail, resourceSucceed } from './errors.ts'
import { storeResourcePolicy } from './resource-policy.ts'
import type { ResourceOutcome } from './types.ts'

/** Sets the resource's policy (JSON text or a JSON value), replacing any it had. */
export function putResourcePolicy(
  world: World,
  input: { readonly arn: Arn; readonly policy: string | unknown },
): ResourceOutcome<Resource> {
  const resource = findResource(world, input.arn)
  if (!resource) return resourceFail(resourceErrors.notFound(input.arn))
  const stored = storeResourcePolicy(world, resource.type, input.policy)
  if (!stored.ok) return resourceFail(stored.error)
  return replace(world, { ...resource, policy: stored.stored })
}

/** Removes the resource's policy. */
export function deleteResourcePolicy(
  world: World,
  input: { readonly arn: Arn },
): ResourceOutcome<Resource> {
  const resource = findResource(world, input.arn)
  if (!resource) return resourceFail(resourceErrors.notFound(input.arn))
  return replace(world, { ...resource, policy: undefined })
}

/** The world with the resource replaced in its account. */
export function replace(world: World, resource: Resource): ResourceOutcome<Resource> {
  const next = updateAccount(world, resource.accountId, (account) => ({
    ...account,
    resources: withEntry(account.resources, resource.arn, resource),
  }))
  return resourceSucceed(next, resource)
}
