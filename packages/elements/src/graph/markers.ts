/**
 * The arrow heads of the edges, one `<marker>` per kind, so kinds differ by shape and not only
 * by colour: trust an open chevron, assume a double chevron, request a filled triangle, denial a
 * cross (✗). Session links have none. Marker ids carry a per-view prefix, so several graphs can
 * share a document.
 */
import type { Selection } from 'd3-selection'
import type { EdgeKind } from '../core/types.ts'

/** Each marked kind's head, drawn pointing right with its tip at the origin. */
export const markerHeads: Readonly<Record<Exclude<EdgeKind, 'session'>, string>> = {
  trust: 'M-8,-4L0,0L-8,4',
  assume: 'M-12,-4L-6,0L-12,4M-6,-4L0,0L-6,4',
  request: 'M-8,-4L0,0L-8,4Z',
  denial: 'M-9,-4L-1,4M-9,4L-1,-4',
}

/** Appends the markers to `defs`, with ids `${prefix}-${kind}`. */
export function appendMarkers(
  defs: Selection<SVGDefsElement, unknown, null, undefined>,
  prefix: string,
): void {
  for (const [kind, d] of Object.entries(markerHeads)) {
    defs
      .append('marker')
      .attr('id', `${prefix}-${kind}`)
      .attr('class', `marker marker--${kind}`)
      .attr('viewBox', '-14 -6 16 12')
      .attr('refX', 0)
      .attr('refY', 0)
      .attr('markerWidth', 16)
      .attr('markerHeight', 12)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('orient', 'auto')
      .append('path')
      .attr('d', d)
  }
}

/** The `marker-end` value for an edge of `kind`, or null for kinds drawn without a head. */
export function markerUrl(kind: EdgeKind, prefix: string): string | null {
  return kind === 'session' ? null : `url(#${prefix}-${kind})`
}
