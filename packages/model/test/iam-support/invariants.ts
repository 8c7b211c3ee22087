/**
 * What must hold of every world IAM operations produce: no dangling references, names unique
 * regardless of case, unique ids, quotas kept. Returns the broken rules, empty when all hold.
 */
import { policySize } from '@hatrack/policy'
import { iamQuotas, inlinePolicyQuota } from '../../src/iam/quotas.ts'
import { findPolicy } from '../../src/world/find-policy.ts'
import type { PolicyHolder, World } from '../../src/world/types.ts'

export function brokenInvariants(world: World): string[] {
  const broken: string[] = []
  const ids = new Set<string>()
  const id = (value: string, what: string) => {
    if (ids.has(value)) broken.push(`duplicate id ${value} (${what})`)
    ids.add(value)
  }
  for (const account of world.accounts.values()) {
    const keyed = [
      account.users,
      account.groups,
      account.roles,
      account.policies,
      account.instanceProfiles,
    ] as const
    for (const map of keyed) {
      for (const [key, entity] of map) {
        if (key !== entity.name.toLowerCase()) broken.push(`${entity.name} stored under ${key}`)
        id(entity.id, entity.arn)
      }
    }
    const holders: PolicyHolder[] = [
      ...account.users.values(),
      ...account.groups.values(),
      ...account.roles.values(),
    ]
    for (const holder of holders) {
      for (const arn of holder.attachedPolicies) {
        if (!findPolicy(world, arn)) broken.push(`${holder.arn} attaches missing ${arn}`)
      }
      if (new Set(holder.attachedPolicies).size !== holder.attachedPolicies.length)
        broken.push(`${holder.arn} attaches twice`)
      if (holder.attachedPolicies.length > 10)
        broken.push(`${holder.arn} has ${holder.attachedPolicies.length} policies`)
      let inline = 0
      for (const stored of holder.inlinePolicies.values()) inline += policySize(stored.document)
      const kind = 'kind' in holder ? (holder as { kind: 'user' | 'role' | 'group' }).kind : 'group'
      if (inline > inlinePolicyQuota[kind])
        broken.push(`${holder.arn} holds ${inline} inline characters`)
    }
    for (const user of account.users.values()) {
      if (user.boundary && !findPolicy(world, user.boundary))
        broken.push(`${user.arn} boundary dangles`)
      for (const group of user.groups) {
        if (!account.groups.has(group.toLowerCase()))
          broken.push(`${user.arn} in missing group ${group}`)
      }
      if (user.groups.length > iamQuotas.GroupsPerUser)
        broken.push(`${user.arn} in too many groups`)
      if (user.accessKeys.length > iamQuotas.AccessKeysPerUser)
        broken.push(`${user.arn} has too many keys`)
      if (user.tags.length > iamQuotas.TagsPerUser) broken.push(`${user.arn} has too many tags`)
      for (const key of user.accessKeys) id(key.id, `key of ${user.arn}`)
    }
    for (const role of account.roles.values()) {
      if (role.boundary && !findPolicy(world, role.boundary))
        broken.push(`${role.arn} boundary dangles`)
      if (role.tags.length > iamQuotas.TagsPerRole) broken.push(`${role.arn} has too many tags`)
      if (role.maxSessionDuration < 3600 || role.maxSessionDuration > 43200)
        broken.push(`${role.arn} max session`)
      if (role.serviceLinked && (role.boundary || role.inlinePolicies.size > 0))
        broken.push(`${role.arn} changed`)
    }
    for (const profile of account.instanceProfiles.values()) {
      if (profile.roles.length > iamQuotas.InstanceSessionsPerInstanceProfile)
        broken.push(`${profile.arn} has several roles`)
      for (const role of profile.roles) {
        if (!account.roles.has(role.toLowerCase()))
          broken.push(`${profile.arn} holds missing role ${role}`)
      }
    }
  }
  return broken
}

/** A deterministic text of the whole world, Maps included, to compare worlds and spot mutation. */
export function snapshot(world: World): string {
  return JSON.stringify(world, (_key, value: unknown) =>
    value instanceof Map ? { map: [...(value as Map<unknown, unknown>).entries()] } : value,
  )
}
