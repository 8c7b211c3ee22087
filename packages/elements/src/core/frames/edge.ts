/** Building a frame edge: its stable id (`KIND:FROM->TO`) and whether it crosses accounts. */
import type { EdgeKind, FrameEdge, NodeBox } from '../types.ts'

/** The id of an edge, the same in every frame: `assume:arn:…:user/omkar->arn:…:role/Admin`. */
export function edgeId(kind: EdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`
}

/** An edge between two nodes of the layout; `crossAccount` when their accounts differ. */
export function makeEdge(
  kind: EdgeKind,
  from: string,
  to: string,
  boxes: ReadonlyMap<string, NodeBox>,
  fields: {
    readonly label: string
    readonly conditional?: boolean
    readonly requires?: readonly string[]
    readonly crossAccount?: boolean
    readonly current?: boolean
  },
): FrameEdge {
  const a = boxes.get(from)?.accountId
  const b = boxes.get(to)?.accountId
  return {
    id: edgeId(kind, from, to),
    kind,
    from,
    to,
    label: fields.label,
    conditional: fields.conditional ?? false,
    requires: fields.requires ?? [],
    crossAccount: fields.crossAccount ?? (a !== undefined && b !== undefined && a !== b),
    current: fields.current ?? false,
  }
}
