/**
 * The scenario with the reader's document in place of the one the challenge lets them edit: a
 * new scenario object, the original untouched, the rest of the world shared.
 */
import type { EditTarget } from '../format/challenge.ts'
import type { InlinePolicy, PolicyDocument } from '../format/policy.ts'
import type { Scenario } from '../format/scenario.ts'

function replaceInline(
  inline: readonly InlinePolicy[],
  name: string,
  document: PolicyDocument,
): InlinePolicy[] {
  return inline.map((policy) => (policy.name === name ? { name, document } : policy))
}

/** `scenario` with `document` as the target's document. */
export function withDocument(
  scenario: Scenario,
  target: EditTarget,
  document: PolicyDocument,
): Scenario {
  switch (target.kind) {
    case 'trust':
      return {
        ...scenario,
        roles: scenario.roles.map((role) =>
          role.key === target.role ? { ...role, trust: document } : role,
        ),
      }
    case 'managed':
      return {
        ...scenario,
        policies: scenario.policies.map((policy) =>
          policy.key === target.policy ? { ...policy, document } : policy,
        ),
      }
    case 'resource':
      return {
        ...scenario,
        resources: scenario.resources.map((resource) =>
          resource.key === target.resource ? { ...resource, policy: document } : resource,
        ),
      }
    case 'inline': {
      const edit = <T extends { readonly key: string; readonly inline: readonly InlinePolicy[] }>(
        list: readonly T[],
      ): T[] =>
        list.map((entity) =>
          entity.key === target.key
            ? { ...entity, inline: replaceInline(entity.inline, target.name, document) }
            : entity,
        )
      if (target.holder === 'user') return { ...scenario, users: edit(scenario.users) }
      if (target.holder === 'group') return { ...scenario, groups: edit(scenario.groups) }
      return { ...scenario, roles: edit(scenario.roles) }
    }
  }
}
