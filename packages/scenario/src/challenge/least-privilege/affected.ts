/**
 * Whose requests an edit can change. A permission policy or a boundary speaks only for the
 * principals that hold it (a group's policy for the group's members), so the others decide the
 * same in both worlds and need no probe; a resource policy speaks to everyone.
 */
import type { EditTarget } from '../../format/challenge.ts'
import type { ManagedPolicyRef } from '../../format/policy.ts'
import type { Scenario } from '../../format/scenario.ts'

function holds(refs: readonly (ManagedPolicyRef | undefined)[], key: string): boolean {
  return refs.some((ref) => ref?.source === 'customer' && ref.key === key)
}

/** The ARNs of the users and roles whose requests `target` can change; `undefined`: anyone's. */
export function affectedPrincipals(
  scenario: Scenario,
  target: EditTarget,
): ReadonlySet<string> | undefined {
  switch (target.kind) {
    case 'trust':
    case 'resource':
      return undefined
    case 'inline': {
      if (target.holder === 'group')
        return new Set(
          scenario.users.filter((user) => user.groups.includes(target.key)).map((user) => user.arn),
        )
      const list = target.holder === 'user' ? scenario.users : scenario.roles
      return new Set(list.filter((entity) => entity.key === target.key).map((entity) => entity.arn))
    }
    case 'managed': {
      const groups = new Set(
        scenario.groups
          .filter((group) => holds(group.policies, target.policy))
          .map((group) => group.key),
      )
      const users = scenario.users.filter(
        (user) =>
          holds([...user.policies, user.boundary], target.policy) ||
          user.groups.some((group) => groups.has(group)),
      )
      const roles = scenario.roles.filter((role) =>
        holds([...role.policies, role.boundary], target.policy),
      )
      return new Set([...users, ...roles].map((entity) => entity.arn))
    }
  }
}
