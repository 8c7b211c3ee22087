/**
 * The graph the `graph` command draws: who can assume what in the world after one step, from the
 * model's analysis. A role and its sessions are one node; every edge carries its reason and what
 * the call must carry (MFA, an external id, …).
 */
import type { AssumeGraph, RenderNode, Requirement } from '@hatrack/model'
import { assumeGraphEdges } from '@hatrack/model'

/** An edge to draw: who assumes which role, and why it can. */
export interface GraphEdge {
  /** The principal's node id (a role's ARN for its sessions: role chaining). */
  readonly from: string
  /** The role's ARN. */
  readonly to: string
  /** The STS call. */
  readonly action: string
  /** The one-line reason: "trust names the user; MFA required". */
  readonly reason: string
  /** Whether the call must carry something (MFA, an external id, a tag, …). */
  readonly conditional: boolean
  readonly crossAccount: boolean
  /** Whether the edge starts from a role's sessions. */
  readonly chaining: boolean
  /** What the call must carry, each with its condition key and in words. */
  readonly requires: readonly Requirement[]
}

/** When the graph is taken. */
export interface GraphMoment {
  /** The step after which it is taken; absent before the first step. */
  readonly step?: { readonly id: string; readonly number: number }
  /** The simulated clock, ISO. */
  readonly time: string
}

/** The graph, ready for mermaid, dot or JSON. */
export interface GraphView {
  readonly title: string
  readonly at: GraphMoment
  readonly nodes: readonly RenderNode[]
  readonly edges: readonly GraphEdge[]
}

/** The view of an analysis; `all` keeps principals and roles that take part in no edge. */
export function graphView(
  graph: AssumeGraph,
  meta: { readonly title: string; readonly at: GraphMoment; readonly all?: boolean },
): GraphView {
  const drawn = assumeGraphEdges(graph, { all: meta.all === true })
  const edges = graph.edges.map((edge, index): GraphEdge => {
    const render = drawn.edges[index]
    return {
      from: edge.principal,
      to: edge.role,
      action: edge.action,
      reason: edge.reason,
      conditional: edge.requires.length > 0,
      crossAccount: edge.crossAccount,
      chaining: render?.chaining ?? false,
      requires: edge.requires,
    }
  })
  return { title: meta.title, at: meta.at, nodes: drawn.nodes, edges }
}
