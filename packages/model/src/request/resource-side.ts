/**
 * What the resource brings to a request: its resource-based policy (a role's trust policy when
 * STS acts on the role, kind `trust`), the account that owns it, and its keys:
 * `aws:ResourceTag/*`, `aws:ResourceAccount`, `aws:ResourceOrgID`, `aws:ResourceOrgPaths`.
 *
 * - `sts:AssumeRole*`, `sts:TagSession` and `sts:SetSourceIdentity` on a role ARN are decided
 *   by the role's trust policy, with the role's tags as `aws:ResourceTag` (iam-facts §12). A
 *   role that does not exist has, in effect, a trust policy that allows no one: the call is
 *   denied like an unauthorized one (iam-facts §9).
 * - IAM actions on a role or user see its tags, except `iam:PassRole`: "You cannot limit
 *   permissions to pass a role based on tags attached to that role"
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html).
 * - An S3 object without a policy of its own is governed by its bucket's policy.
 */
import type { NamedPolicy } from '@hatrack/engine'
import type { ContextValue, Policy } from '@hatrack/policy'
import { iamNameOf, parseArn } from '../world/arn.ts'
import { findRoleByArn, findUserByArn } from '../world/find-entity.ts'
import { bucketArnOf, findResource, resourceOwner } from '../world/find-resource.ts'
import type { AccountId, Tag, World } from '../world/types.ts'
import { organizationPlacement } from './organization-levels.ts'

/** The resource's part of a request. */
export interface ResourceSide {
  readonly policy: NamedPolicy | undefined
  readonly accountId: AccountId | undefined
  readonly region: string | undefined
  readonly keys: Record<string, ContextValue>
}

const NO_ONE: Policy = { kind: 'trust', version: '2012-10-17', id: undefined, statements: [] }

/** The resource side of `action` on `resource`. */
export function resourceSide(world: World, action: string, resource: string): ResourceSide {
  if (resource === '*')
    return { policy: undefined, accountId: undefined, region: undefined, keys: {} }
  const parsed = parseArn(resource)
  const service = action.slice(0, action.indexOf(':')).toLowerCase()
  let policy: NamedPolicy | undefined
  let tags: readonly Tag[] = []

  if (service === 'sts' && iamNameOf(resource, 'role') !== undefined) {
    const role = findRoleByArn(world, resource)
    policy =
      role === undefined
        ? { name: 'trust policy (no such role)', arn: resource, policy: NO_ONE }
        : { name: `${role.name} trust policy`, arn: role.arn, policy: role.trustPolicy.policy }
    tags = role?.tags ?? []
  } else if (parsed?.service === 'iam') {
    if (action.toLowerCase() !== 'iam:passrole') {
      tags = findRoleByArn(world, resource)?.tags ?? findUserByArn(world, resource)?.tags ?? []
    }
  } else {
    const found = findResource(world, resource)
    const bucketArn = bucketArnOf(resource)
    const bucket =
      bucketArn === undefined || bucketArn === resource ? undefined : findResource(world, bucketArn)
    const governing = found?.policy !== undefined ? found : bucket
    if (governing?.policy !== undefined) {
      policy = {
        name: `${governing.name} resource-based policy`,
        arn: governing.arn,
        policy: governing.policy.policy,
      }
    }
    tags = found?.tags ?? []
  }

  const accountId = resourceOwner(world, resource)
  const keys: Record<string, ContextValue> = {}
  for (const tag of tags) keys[`aws:ResourceTag/${tag.key}`] = tag.value
  if (accountId !== undefined) {
    keys['aws:ResourceAccount'] = accountId
    const placement = organizationPlacement(world, accountId)
    if (placement !== undefined) {
      keys['aws:ResourceOrgID'] = placement.organizationId
      keys['aws:ResourceOrgPaths'] = [placement.orgPath]
    }
  }
  const region = parsed?.region === '' ? undefined : parsed?.region
  return { policy, accountId, region, keys }
}
