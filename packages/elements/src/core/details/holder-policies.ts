/**
 * The permission policies of a user, group or role as views, under the names the engine gives
 * them (packages/model/src/request/named-policies.ts): inline ones as `inline:NAME` (a group's as
 * `GROUP/inline:NAME`), attached managed ones by their name with their ARN, the permissions
 * boundary by its name.
 */
import { findPolicy, type PolicyHolder, type World } from '@hatrack/model'
import type { PolicyView } from '../types.ts'
import { policyView } from './policy-view.ts'

/** The inline and attached managed policies of `holder`; `label` prefixes inline names. */
export function holderViews(world: World, holder: PolicyHolder, label?: string): PolicyView[] {
  const views: PolicyView[] = []
  for (const [name, stored] of holder.inlinePolicies) {
    const named = label === undefined ? `inline:${name}` : `${label}/inline:${name}`
    views.push(policyView(world, stored, named, 'inline'))
  }
  for (const arn of holder.attachedPolicies) {
    const policy = findPolicy(world, arn)
    if (policy !== undefined)
      views.push(policyView(world, policy.stored, policy.name, 'managed', arn))
  }
  return views
}

/** The permissions boundary, when set and existing. */
export function boundaryViews(world: World, arn: string | undefined): PolicyView[] {
  const policy = arn === undefined ? undefined : findPolicy(world, arn)
  return policy === undefined
    ? []
    : [policyView(world, policy.stored, policy.name, 'boundary', arn)]
}
