/**
 * A stored policy as the panels show it: its document pretty-printed with two-space indents.
 * Trust and resource-based policies read back as IAM displays them (a live user's or role's
 * unique id as its ARN; a deleted one's stays raw, the sign it names no one any more).
 */
import { displayPolicy, type StoredPolicy, type World } from '@hatrack/model'
import type { PolicyView } from '../types.ts'

/** `stored` as a view named `name`. */
export function policyView(
  world: World,
  stored: StoredPolicy,
  name: string,
  kind: PolicyView['kind'],
  arn?: string,
): PolicyView {
  const shown =
    stored.kind === 'trust' || stored.kind === 'resource'
      ? displayPolicy(world, stored)
      : stored.document
  return {
    name,
    kind,
    ...(arn === undefined ? {} : { arn }),
    text: JSON.stringify(shown, null, 2) ?? 'null',
  }
}
