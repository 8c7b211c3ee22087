/**
 * The policies that speak for an identity, named as the explanation shows them: a managed
 * policy by its name and ARN, an inline policy as `inline:NAME` (a group's as
 * `GROUP/inline:NAME`).
 */
import type { NamedPolicy } from '@hatrack/engine'
import { findPolicy } from '../world/find-policy.ts'
import type { PolicyHolder, StoredPolicy, World } from '../world/types.ts'

/** An inline policy, labelled with its holder when that helps (a group's policies). */
export function inlinePolicy(name: string, stored: StoredPolicy, holder?: string): NamedPolicy {
  return {
    name: holder === undefined ? `inline:${name}` : `${holder}/inline:${name}`,
    policy: stored.policy,
  }
}

/**
 * The managed policy with this ARN, or `undefined` when it does not exist (a dangling
 * attachment grants nothing).
 */
export function managedPolicy(world: World, arn: string): NamedPolicy | undefined {
  const found = findPolicy(world, arn)
  return found === undefined
    ? undefined
    : { name: found.name, arn: found.arn, policy: found.stored.policy }
}

/** The managed policies with these ARNs that exist, in order. */
export function managedPolicies(world: World, arns: readonly string[]): NamedPolicy[] {
  const named: NamedPolicy[] = []
  for (const arn of arns) {
    const policy = managedPolicy(world, arn)
    if (policy !== undefined) named.push(policy)
  }
  return named
}

/** A user's, group's or role's inline policies, then its attached managed policies. */
export function holderPolicies(world: World, holder: PolicyHolder, label?: string): NamedPolicy[] {
  const named: NamedPolicy[] = []
  for (const [name, stored] of holder.inlinePolicies) named.push(inlinePolicy(name, stored, label))
  named.push(...managedPolicies(world, holder.attachedPolicies))
  return named
}
