/**
 * Reading a chain back from a principal's BFS table: the shortest path to a role, hop by hop,
 * with the one-hour cap of role chaining on every session after the first hop (iam-facts §11:
 * "Capped at 1 hour; `DurationSeconds` > 3600 in a chain fails").
 */
import { CHAINED_SESSION_LIMIT_SECONDS } from '../../sts/validation/duration.ts'
import { graphInternals } from '../graph-internals.ts'
import type { AssumeChain, AssumeEdge, AssumeGraph } from '../types.ts'

/**
 * The shortest path from `principal` (its id) to `roleArn`, or `undefined` when none. A path is
 * role chaining from its second hop (its third when it starts from an EC2 instance's session),
 * or from its first when the principal is a role's sessions.
 */
export function chainTo(
  graph: AssumeGraph,
  principal: string,
  roleArn: string,
): AssumeChain | undefined {
  const internals = graphInternals(graph)
  const target = internals.roleIndex.get(roleArn)
  const table = graph.chains.get(principal)
  if (target === undefined || table === undefined) return undefined
  const at = table.roles.indexOf(target)
  if (at < 0) return undefined
  const edges = internals.edgesByPrincipal()
  const hops: AssumeEdge[] = []
  let firstHopMfa = false
  for (let step = at; step >= 0; step = table.previous[step] ?? -1) {
    const role = graph.roles[table.roles[step] ?? -1]
    const before = table.previous[step] ?? -1
    const from = before < 0 ? principal : graph.roles[table.roles[before] ?? -1]?.arn
    const edge =
      from === undefined || role === undefined
        ? undefined
        : edgeOf(edges, from, internals.roleIndex.get(role.arn))
    if (edge === undefined) throw new Error('invariant: a chain step without its edge')
    hops.unshift(edge)
    if (before < 0) firstHopMfa = table.mfa[step] === 1
  }
  const last = graph.roles[target]
  const node = graph.principals[internals.principalIndex.get(principal) ?? -1]
  // EC2 instance credentials assuming a role are not role chaining (iam-facts §11).
  const firstHopChains =
    node?.kind === 'roleSession' || (hops.length > 1 && node?.id !== 'ec2.amazonaws.com')
  const chained = firstHopChains || hops.length > 2
  const maxSessionSeconds = chained
    ? CHAINED_SESSION_LIMIT_SECONDS
    : (last?.maxSessionDuration ?? CHAINED_SESSION_LIMIT_SECONDS)
  return {
    principal,
    role: roleArn,
    hops,
    chained,
    maxSessionSeconds,
    firstHopMfa,
    note: chained
      ? `role chaining (${hops.length} hops): the last session lasts at most 1 hour; DurationSeconds above 3600 fails`
      : `direct: the session lasts up to the role's maximum, ${maxSessionSeconds} seconds`,
  }
}

function edgeOf(
  edges: ReadonlyMap<string, ReadonlyMap<number, AssumeEdge>>,
  from: string,
  role: number | undefined,
): AssumeEdge | undefined {
  return role === undefined ? undefined : edges.get(from)?.get(role)
}
