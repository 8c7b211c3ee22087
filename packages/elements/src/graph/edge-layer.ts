/**
 * The edges of a frame, joined by edge id (`KIND:FROM->TO`, stable across frames). Kinds differ
 * by line and head, not only by colour (see `markers.ts` and `graphStyles`); a conditional trust
 * edge carries a small badge saying what the call must bring (`MFA`, `external id`). Edges
 * whose ends are not in the layout are skipped.
 */
import { easeCubicOut } from 'd3-ease'
import { select } from 'd3-selection'
import type { Selection } from 'd3-selection'
import 'd3-transition'
import type { FrameEdge, NodeBox } from '../core/types.ts'
import { edgeGeometry } from './geometry.ts'
import type { EdgeGeometry } from './geometry.ts'
import { markerUrl } from './markers.ts'
import { composited, ended } from './motion.ts'
import type { Motion } from './motion.ts'

/** The class list of an edge's group. */
function edgeClass(edge: FrameEdge): string {
  return (
    `edge edge--${edge.kind}` +
    (edge.conditional ? ' is-conditional' : '') +
    (edge.crossAccount ? ' is-cross-account' : '') +
    (edge.current ? ' is-current' : '')
  )
}

/** The words of a conditional edge's badge: what the call must carry. */
export function edgeBadge(edge: FrameEdge): string {
  if (!edge.conditional) return ''
  return edge.requires.length > 0 ? edge.requires.join(' · ') : 'condition'
}

const SVG = 'http://www.w3.org/2000/svg'

/** The edge layer of a `GraphView`. */
export class EdgeLayer {
  private boxes = new Map<string, NodeBox>()
  private all: readonly NodeBox[] = []
  private readonly curves = new Map<string, EdgeGeometry>()
  private edges: Selection<SVGGElement, FrameEdge, SVGGElement, unknown>
  private entering: Selection<SVGGElement, FrameEdge, SVGGElement, unknown> | null = null
  private leaving: Selection<SVGGElement, FrameEdge, SVGGElement, unknown> | null = null

  constructor(
    private readonly layer: Selection<SVGGElement, unknown, null, undefined>,
    private readonly markerPrefix: string,
  ) {
    this.edges = layer.selectAll<SVGGElement, FrameEdge>('g.edge')
  }

  /** Takes a new layout's nodes and clears every edge. */
  setNodes(boxes: readonly NodeBox[]): void {
    this.settle()
    this.boxes = new Map(boxes.map((box) => [box.id, box]))
    this.all = boxes
    this.curves.clear()
    this.layer.selectAll('*').remove()
    this.edges = this.layer.selectAll<SVGGElement, FrameEdge>('g.edge')
  }

  /** The layout's box of node `id`, if it has one. */
  box(id: string): NodeBox | undefined {
    return this.boxes.get(id)
  }

  /**
   * The curve an edge of `kind` from `from` to `to` follows, if both ends are in the layout:
   * clear of the layout's other nodes where a bend allows, the same at every step (kept).
   */
  geometry(from: string, to: string, kind: FrameEdge['kind']): EdgeGeometry | undefined {
    const key = `${kind} ${from} ${to}`
    const known = this.curves.get(key)
    if (known !== undefined) return known
    const a = this.boxes.get(from)
    const b = this.boxes.get(to)
    if (a === undefined || b === undefined) return undefined
    const made = edgeGeometry(a, b, kind, this.all)
    this.curves.set(key, made)
    return made
  }

  /** Joins a frame's edges; returns the promises of the animations it started. */
  apply(edges: readonly FrameEdge[], motion: Motion): Promise<void>[] {
    this.settle()
    const drawable = edges.filter((e) => this.boxes.has(e.from) && this.boxes.has(e.to))
    const joined = this.layer
      .selectAll<SVGGElement, FrameEdge>('g.edge')
      .data(drawable, (d) => d.id)
    const prefix = this.markerPrefix
    const geometry = this.geometry.bind(this)
    const entering = joined
      .enter()
      .append('g')
      .attr('part', 'edge')
      .attr('data-id', (d) => d.id)
      .each(function (d) {
        const g = select(this)
        const geo = geometry(d.from, d.to, d.kind)
        if (geo === undefined) return
        g.append('path')
          .attr('class', 'edge-line')
          .attr('d', geo.d)
          .attr('marker-end', markerUrl(d.kind, prefix))
        g.append('title')
      })
    const all = entering.merge(joined).order()
    all.each(function (d) {
      const cls = edgeClass(d)
      if (this.getAttribute('class') !== cls) this.setAttribute('class', cls)
      // A badge only on a conditional edge: an empty text is still laid out.
      let badge = this.querySelector('.edge-badge-text')
      const words = edgeBadge(d)
      if (words === '') badge?.remove()
      else {
        if (badge === null) {
          const mid = geometry(d.from, d.to, d.kind)?.at(0.5)
          badge = this.ownerDocument.createElementNS(SVG, 'text')
          badge.setAttribute('class', 'edge-badge-text')
          badge.setAttribute('x', String(Math.round(mid?.x ?? 0)))
          badge.setAttribute('y', String(Math.round((mid?.y ?? 0) - 5)))
          this.insertBefore(badge, this.querySelector('title'))
        }
        if (badge.textContent !== words) badge.textContent = words
      }
      const title = this.querySelector('title')
      if (title !== null && title.textContent !== d.label) title.textContent = d.label
    })
    this.edges = all
    const exit = joined.exit<FrameEdge>()
    if (motion === null) {
      entering.style('opacity', null)
      exit.remove()
      return []
    }
    this.entering = entering
    this.leaving = exit
    const ms = motion.duration
    return [
      ended(
        composited(
          entering.style('opacity', '0').transition().duration(ms).ease(easeCubicOut),
        ).style('opacity', '1'),
      ),
      ended(
        composited(exit.transition().duration(ms).ease(easeCubicOut))
          .style('opacity', '0')
          .remove(),
      ),
    ]
  }

  /** Dims every edge outside `keep`; `null` undims all. */
  highlight(keep: ReadonlySet<string> | null): void {
    this.edges.each(function (d) {
      const dim = keep !== null && !keep.has(d.id)
      this.classList.toggle('is-dimmed', dim)
      this.classList.toggle('is-highlighted', keep !== null && !dim)
    })
  }

  /** Stops running animations and puts their elements in their final state at once. */
  settle(): void {
    this.entering?.interrupt().style('opacity', null)
    this.leaving?.interrupt().remove()
    this.entering = null
    this.leaving = null
  }
}
