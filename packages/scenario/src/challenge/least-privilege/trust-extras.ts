/**
 * Least privilege for a trust policy: who can assume the role, by the who-can-assume analysis of
 * each world. A principal with an edge to the role in the reader's world and none in the
 * reference solution's is an extra ("also lets user `bob` assume role `AppRole`"); so is one that
 * can assume it without a condition the solution requires of it ("… without `sts:ExternalId`").
 */
import type { AnalysisPrincipalKind, AssumeEdge, AssumeGraph } from '@hatrack/model'
import { labelOf, type Labels } from '../labels.ts'
import type { PrivilegeExtra } from '../types.ts'

function edgesInto(graph: AssumeGraph, role: string): Map<string, AssumeEdge> {
  const edges = new Map<string, AssumeEdge>()
  for (const edge of graph.edges) if (edge.role === role) edges.set(edge.principal, edge)
  return edges
}

/** How the extras name each principal, by its kind when the scenario does not name it. */
function principalLabels(graph: AssumeGraph, labels: Labels): Map<string, string> {
  return new Map(
    graph.principals.map((node) => {
      const own: Record<AnalysisPrincipalKind, string> = {
        user: `user \`${node.id}\``,
        roleSession: `role \`${node.id}\``,
        root: `the root user \`${node.id}\``,
        service: `the service \`${node.id}\``,
        federated: `the identity provider \`${node.id}\``,
        externalAccount: `any principal of account \`${node.id}\``,
      }
      const known = labelOf(labels, node.id, own[node.kind])
      return [node.id, node.kind === 'roleSession' ? `the sessions of ${known}` : known]
    }),
  )
}

/** What the reader's trust lets in that the solution's does not. */
export function trustExtras(
  reader: AssumeGraph,
  solution: AssumeGraph,
  role: string,
  roleLabel: string,
  labels: Labels,
): PrivilegeExtra[] {
  const theirs = edgesInto(solution, role)
  const names = principalLabels(reader, labels)
  const extras: PrivilegeExtra[] = []
  for (const [principal, edge] of edgesInto(reader, role)) {
    const principalLabel = names.get(principal) ?? `\`${principal}\``
    const base = { kind: 'assume', principal, principalLabel, role, roleLabel } as const
    const other = theirs.get(principal)
    if (other === undefined) {
      extras.push({ ...base, sentence: `also lets ${principalLabel} assume ${roleLabel}` })
      continue
    }
    const have = new Set(edge.requires.map((entry) => entry.key.toLowerCase()))
    const without = [
      ...new Set(
        other.requires
          .filter((entry) => !have.has(entry.key.toLowerCase()))
          .map((entry) => entry.key),
      ),
    ].sort()
    if (without.length === 0) continue
    extras.push({
      ...base,
      without,
      sentence: `also lets ${principalLabel} assume ${roleLabel} without ${without.map((key) => `\`${key}\``).join(' or ')}`,
    })
  }
  return extras
}
