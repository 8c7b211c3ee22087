/**
 * `assumeGraphEdges`: the graph as nodes and edges to draw (mermaid, dot, the elements' layout).
 * A role and its sessions are one node: an edge from a role means its sessions can assume the
 * target (role chaining). Each edge carries its one-line reason ("trust names the user; MFA
 * required").
 */
import type { AnalysisPrincipalKind, AssumeGraph } from './types.ts'

/** A node to draw. */
export interface RenderNode {
  readonly id: string
  readonly kind: Exclude<AnalysisPrincipalKind, 'roleSession'> | 'role'
  readonly label: string
  readonly accountId: string | undefined
}

/** An edge to draw. */
export interface RenderEdge {
  readonly from: string
  readonly to: string
  /** The edge's one-line reason. */
  readonly label: string
  /** Whether the call needs something the caller supplies (MFA, an external id, …). */
  readonly conditional: boolean
  readonly crossAccount: boolean
  /** Whether the edge starts from a role's sessions (role chaining). */
  readonly chaining: boolean
}

/** The nodes and edges of `graph`; only the nodes that take part in an edge unless `all`. */
export function assumeGraphEdges(
  graph: AssumeGraph,
  options: { readonly all?: boolean } = {},
): { readonly nodes: readonly RenderNode[]; readonly edges: readonly RenderEdge[] } {
  const used = new Set<string>()
  const sessions = new Set(
    graph.principals.filter((p) => p.kind === 'roleSession').map((p) => p.id),
  )
  const edges: RenderEdge[] = graph.edges.map((edge) => {
    used.add(edge.principal)
    used.add(edge.role)
    return {
      from: edge.principal,
      to: edge.role,
      label: edge.reason,
      conditional: edge.requires.length > 0,
      crossAccount: edge.crossAccount,
      chaining: sessions.has(edge.principal),
    }
  })
  const keep = (id: string) => options.all === true || used.has(id)
  const nodes: RenderNode[] = []
  for (const role of graph.roles)
    if (keep(role.arn))
      nodes.push({ id: role.arn, kind: 'role', label: role.label, accountId: role.accountId })
  for (const principal of graph.principals) {
    if (principal.kind === 'roleSession' || !keep(principal.id)) continue
    nodes.push({
      id: principal.id,
      kind: principal.kind,
      label: principal.label,
      accountId: principal.accountId,
    })
  }
  return { nodes, edges }
}
