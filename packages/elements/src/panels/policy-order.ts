/** The order node details list policies in: trust first, then permissions, boundary, resource. */
import type { PolicyView } from '../core/types.ts'

const rank: Readonly<Record<PolicyView['kind'], number>> = {
  trust: 0,
  identity: 1,
  inline: 1,
  managed: 1,
  session: 2,
  boundary: 3,
  resource: 4,
  scp: 5,
  rcp: 6,
}

/** `policies` sorted by kind in that order; the given order is kept within a kind. */
export function orderPolicies(policies: readonly PolicyView[]): PolicyView[] {
  return policies
    .map((policy, index) => ({ policy, index }))
    .sort((a, b) => rank[a.policy.kind] - rank[b.policy.kind] || a.index - b.index)
    .map(({ policy }) => policy)
}
