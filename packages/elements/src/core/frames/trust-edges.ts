/**
 * The analysis's edges as `trust` frame edges: one per principal and role (two STS calls between
 * the same ends are one edge, their reasons joined), both ends being nodes of the layout.
 */
import type { TrustSnapshot } from '../trust/snapshot.ts'
import type { FrameEdge, NodeBox } from '../types.ts'
import { makeEdge } from './edge.ts'

/** The `trust` edges of `snapshot` whose ends are among `boxes`. */
export function trustEdges(
  snapshot: TrustSnapshot,
  boxes: ReadonlyMap<string, NodeBox>,
): FrameEdge[] {
  const edges = new Map<string, FrameEdge>()
  for (const link of snapshot.links) {
    if (!boxes.has(link.from) || !boxes.has(link.to)) continue
    const edge = makeEdge('trust', link.from, link.to, boxes, {
      label: link.label,
      conditional: link.conditional,
      requires: link.requires,
      crossAccount: link.crossAccount,
    })
    const before = edges.get(edge.id)
    edges.set(
      edge.id,
      before === undefined
        ? edge
        : {
            ...before,
            label: `${before.label}; ${edge.label}`,
            conditional: before.conditional && edge.conditional,
            requires:
              before.conditional && edge.conditional
                ? [...new Set([...before.requires, ...edge.requires])]
                : [],
          },
    )
  }
  return [...edges.values()]
}
