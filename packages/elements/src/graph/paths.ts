/**
 * The paths through a node, for highlighting on hover or focus: the node, every edge and node
 * reachable from it (what it can assume, and what those can assume in turn: role chaining), and
 * every edge and node leading to it (who can assume it, directly or through a chain).
 */
import type { FrameEdge } from '../core/types.ts'
import type { GraphHighlight } from './graph-view.ts'

/** Walks `edges` from `start` along one direction, adding what it meets to `nodes` and `kept`. */
function walk(
  edges: readonly FrameEdge[],
  start: string,
  forward: boolean,
  nodes: Set<string>,
  kept: Set<string>,
): void {
  const seen = new Set([start])
  const queue = [start]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const edge of edges) {
      const [near, far] = forward ? [edge.from, edge.to] : [edge.to, edge.from]
      if (near !== id) continue
      kept.add(edge.id)
      nodes.add(far)
      if (!seen.has(far)) {
        seen.add(far)
        queue.push(far)
      }
    }
  }
}

/** The nodes and edges on every path through node `id`. */
export function pathsThrough(edges: readonly FrameEdge[], id: string): GraphHighlight {
  const nodes = new Set([id])
  const kept = new Set<string>()
  walk(edges, id, true, nodes, kept)
  walk(edges, id, false, nodes, kept)
  return { nodes, edges: kept }
}
