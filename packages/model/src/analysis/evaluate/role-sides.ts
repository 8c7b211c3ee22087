/**
 * The resource side of assuming a role, as the model's `resourceSide` builds it (the role's trust
 * policy, its account, its tags as `aws:ResourceTag/*`, its organization keys), built once per
 * account and set of tags: roles that share them differ only in their trust policy. Checked
 * against `resourceSide` for every role by `role-sides.test.ts`.
 */
import { resourceSide, type ResourceSide } from '../../request/resource-side.ts'
import type { Role, World } from '../../world/types.ts'

/** A function giving each role of `world` its resource side. */
export function roleSides(world: World): (role: Role) => ResourceSide {
  const known = new Map<string, ResourceSide>()
  return (role) => {
    const key = `${role.accountId}\n${JSON.stringify(role.tags)}`
    const template = known.get(key)
    if (template === undefined) {
      const side = resourceSide(world, 'sts:AssumeRole', role.arn)
      known.set(key, side)
      return side
    }
    return {
      ...template,
      policy: { name: `${role.name} trust policy`, arn: role.arn, policy: role.trustPolicy.policy },
    }
  }
}
