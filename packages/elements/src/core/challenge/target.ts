/**
 * The sandbox's `target` attribute: which policy of the scenario the reader edits, by the
 * scenario's own keys —
 * `role:NAME/trust`, `role:NAME/inline/POLICY`, `user:NAME/inline/POLICY`,
 * `group:NAME/inline/POLICY`, `policy:NAME` (a customer managed policy, a boundary too), and
 * `resource:NAME` (a resource-based policy).
 */
import type { InlinePolicyHolder, PolicyKind } from '@hatrack/policy'

/** A parsed target: where the document is in the scenario and how to check it. */
export interface ParsedTarget {
  /** Its path in the scenario document: `['roles', 'AppRole', 'trust']`. */
  readonly path: readonly string[]
  readonly kind: PolicyKind
  readonly inline?: InlinePolicyHolder
  /** In words. */
  readonly label: string
}

const holderKeys: Record<InlinePolicyHolder, string> = {
  user: 'users',
  group: 'groups',
  role: 'roles',
}

/** Parses a target; undefined when it is not one of the forms above. */
export function parseTarget(target: string): ParsedTarget | undefined {
  const trust = /^role:([^/]+)\/trust$/.exec(target.trim())
  if (trust?.[1] !== undefined)
    return {
      path: ['roles', trust[1], 'trust'],
      kind: 'trust',
      label: `the trust policy of role \`${trust[1]}\``,
    }
  const inline = /^(role|user|group):([^/]+)\/inline\/(.+)$/.exec(target.trim())
  if (inline?.[2] !== undefined && inline[3] !== undefined) {
    const holder = inline[1] as InlinePolicyHolder
    return {
      path: [holderKeys[holder], inline[2], 'inline', inline[3]],
      kind: 'identity',
      inline: holder,
      label: `the inline policy \`${inline[3]}\` of ${holder} \`${inline[2]}\``,
    }
  }
  const managed = /^policy:(.+)$/.exec(target.trim())
  if (managed?.[1] !== undefined)
    return {
      path: ['policies', managed[1], 'document'],
      kind: 'identity',
      label: `the managed policy \`${managed[1]}\``,
    }
  const resource = /^resource:(.+)$/.exec(target.trim())
  if (resource?.[1] !== undefined)
    return {
      path: ['resources', resource[1], 'policy'],
      kind: 'resource',
      label: `the resource-based policy of \`${resource[1]}\``,
    }
  return undefined
}

/** The words for a target that does not parse. */
export function targetHelp(target: string): string {
  return `\`${target}\` is not a policy target: use \`role:NAME/trust\`, \`role:NAME/inline/POLICY\`, \`user:NAME/inline/POLICY\`, \`group:NAME/inline/POLICY\`, \`policy:NAME\` or \`resource:NAME\``
}
