/**
 * `GraphView`: D3 owns one `<g>` inside an SVG its caller owns (player.md, Rendering). The layout
 * is drawn once (`setLayout`); each frame then changes only what differs (`show`), animated
 * between adjacent steps and applied at once for a seek. Pan and zoom with d3-zoom (drag to pan,
 * Ctrl or ⌘ with the wheel, or a pinch, to zoom: a plain wheel still scrolls the page).
 */
import { select } from 'd3-selection'
import type { Selection } from 'd3-selection'
import { zoom, zoomIdentity } from 'd3-zoom'
import type { ZoomBehavior } from 'd3-zoom'
import type { Frame, Layout, NodeBox } from '../core/types.ts'
import { adoptGraphStyles } from './adopt-styles.ts'
import { CallLayer } from './call-layer.ts'
import { EdgeLayer } from './edge-layer.ts'
import { FIT_MOST } from './fit-scale.ts'
import { drawLanes } from './lane-layer.ts'
import { appendMarkers } from './markers.ts'
import { motionFor } from './motion.ts'
import { prepareNodes } from './node-content.ts'
import { NodeLayer } from './node-layer.ts'

/** The callbacks a `GraphView` reports interactions through. */
export interface GraphViewOptions {
  /** A node was clicked, or Enter or Space pressed on it. */
  onSelect(id: string): void
  /** The pointer or the focus entered a node (its id) or left it (`null`). */
  onHover?(id: string | null): void
  /**
   * With a viewBox, the SVG scales itself: `fit` then holds its `size` (width and height) or its
   * `width` alone (its height following from the viewBox) to the layout's largest size.
   */
  readonly hold?: 'size' | 'width'
}

/** What `show` reads of a frame: a whole `Frame` fits, and so does an analysis view. */
export type FrameView = Pick<Frame, 'nodes' | 'edges' | 'call'>

/** The nodes and edges to keep bright while the rest is dimmed. */
export interface GraphHighlight {
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlySet<string>
}

let views = 0

/** The graph renderer: lanes, nodes, edges and the travelling call, inside one `<g>`. */
export class GraphView {
  private readonly root: Selection<SVGGElement, unknown, null, undefined>
  private readonly lanes: Selection<SVGGElement, unknown, null, undefined>
  private readonly nodeLayer: NodeLayer
  private readonly edgeLayer: EdgeLayer
  private readonly callLayer: CallLayer
  private readonly svg: SVGSVGElement | null
  private readonly zoomer: ZoomBehavior<SVGSVGElement, unknown>
  private readonly options: GraphViewOptions
  private layout: Layout | undefined

  /** Takes over `svgGroup` (its children, class and transform) and reports through `options`. */
  constructor(svgGroup: SVGGElement, options: GraphViewOptions) {
    this.options = options
    const prefix = `hatrack-graph-${++views}`
    this.root = select(svgGroup)
    this.root.selectAll('*').remove()
    svgGroup.classList.add('hatrack-graph-root')
    adoptGraphStyles(svgGroup)
    appendMarkers(this.root.append('defs'), prefix)
    this.lanes = this.root.append('g').attr('class', 'lanes')
    this.edgeLayer = new EdgeLayer(this.root.append('g').attr('class', 'edges'), prefix)
    this.nodeLayer = new NodeLayer(this.root.append('g').attr('class', 'nodes'), options)
    this.callLayer = new CallLayer(this.root.append('g'))
    this.svg = svgGroup.ownerSVGElement
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 8])
      .filter((event: MouseEvent | WheelEvent) =>
        event.type === 'wheel'
          ? event.ctrlKey || event.metaKey
          : !event.ctrlKey && (event.button ?? 0) === 0,
      )
      .on('zoom', (event: { transform: { toString(): string } }) => {
        this.root.attr('transform', event.transform.toString())
      })
    if (this.svg !== null) select(this.svg).call(this.zoomer)
    prepareNodes(svgGroup.ownerDocument)
  }

  /** Draws the lanes and every node at its fixed place, all hidden until `show`. */
  setLayout(layout: Layout): void {
    this.layout = layout
    adoptGraphStyles(this.root.node() as SVGGElement)
    drawLanes(this.lanes, layout.lanes)
    this.edgeLayer.setNodes(layout.nodes)
    this.nodeLayer.setNodes(layout.nodes)
    this.callLayer.apply(undefined, undefined, null)
  }

  /**
   * Applies a frame: node presence, sessions' time to live, edges, the call. Animated when
   * `animate` is true and `duration` positive; otherwise at once. Resolves when it has ended
   * (or been overtaken by a newer `show`).
   */
  show(frame: FrameView, options: { animate: boolean; duration: number }): Promise<void> {
    const motion = motionFor(options)
    const callEdge =
      frame.call === undefined ? undefined : frame.edges.find((e) => e.id === frame.call?.edge)
    const geometry =
      frame.call === undefined
        ? undefined
        : this.edgeLayer.geometry(frame.call.from, frame.call.to, callEdge?.kind ?? 'request')
    const waits = [
      ...this.edgeLayer.apply(frame.edges, motion),
      ...this.nodeLayer.apply(frame.nodes, motion),
      ...this.callLayer.apply(frame.call, geometry, motion, this.#drawn(frame)),
    ]
    return Promise.all(waits).then(() => undefined)
  }

  /** The boxes of the nodes a frame draws, which its call's glyph keeps clear of. */
  #drawn(frame: FrameView): NodeBox[] {
    if (frame.call === undefined) return []
    return Object.values(frame.nodes).flatMap((node) =>
      node.present ? (this.edgeLayer.box(node.id) ?? []) : [],
    )
  }

  /** Keeps the given nodes and edges bright and dims the rest; `null` undims everything. */
  highlight(keep: GraphHighlight | null): void {
    this.nodeLayer.highlight(keep?.nodes ?? null)
    this.edgeLayer.highlight(keep?.edges ?? null)
  }

  /**
   * Moves the keyboard focus to node `id`; to the focusable element around the graph (the
   * player's stage) when the node is absent at this step.
   */
  focusNode(id: string): void {
    this.nodeLayer.focus(id)
  }

  /**
   * Scales and centres the layout to fit the SVG's viewBox (or its size when it has none), never
   * larger than {@link FIT_MOST} times its size at the SVG's font size: a scenario of three nodes
   * is not drawn with names three times the page's text. With a viewBox, the SVG scales itself:
   * `options.hold` says which of its sides to limit (through the CSSOM: a strict CSP refuses style
   * attributes; not through a custom property, which every element of the drawing would inherit
   * and restyle for).
   */
  fit(): void {
    const layout = this.layout
    if (layout === undefined || layout.width <= 0 || layout.height <= 0) {
      this.svg?.style.removeProperty('max-width')
      this.svg?.style.removeProperty('max-height')
      return
    }
    const box = this.svg?.viewBox.baseVal
    const hasBox = box !== undefined && box !== null && box.width > 0 && box.height > 0
    const hold = this.options.hold
    if (this.svg !== null && hold !== undefined) {
      // Set for this layout, or cleared (no viewBox: the transform below holds the scale).
      const em = (units: number): string => `${Math.round((units * FIT_MOST * 100) / 16) / 100}em`
      if (hasBox) this.svg.style.setProperty('max-width', em(box.width))
      else this.svg.style.removeProperty('max-width')
      if (hasBox && hold === 'size') this.svg.style.setProperty('max-height', em(box.height))
      else this.svg.style.removeProperty('max-height')
    }
    let x = hasBox ? box.x : 0
    let y = hasBox ? box.y : 0
    let width = hasBox ? box.width : (this.svg?.clientWidth ?? 0)
    let height = hasBox ? box.height : (this.svg?.clientHeight ?? 0)
    if (width <= 0 || height <= 0) {
      ;[x, y, width, height] = [0, 0, layout.width, layout.height]
    }
    const most = hasBox ? Number.POSITIVE_INFINITY : FIT_MOST * this.textScale()
    const k = Math.min(width / layout.width, height / layout.height, most)
    const transform = zoomIdentity
      .translate(x + (width - layout.width * k) / 2, y + (height - layout.height * k) / 2)
      .scale(k)
    if (this.svg === null) this.root.attr('transform', transform.toString())
    else select(this.svg).call(this.zoomer.transform, transform)
  }

  /** The SVG's font size against the 16 px the layout's names are measured at. */
  private textScale(): number {
    const svg = this.svg
    const view = svg?.ownerDocument.defaultView
    if (svg === null || view === null || view === undefined) return 1
    const size = Number.parseFloat(view.getComputedStyle(svg).fontSize)
    return Number.isFinite(size) && size > 0 ? size / 16 : 1
  }

  /** Stops animations, removes the zoom listeners and everything drawn. */
  destroy(): void {
    this.nodeLayer.settle()
    this.edgeLayer.settle()
    this.callLayer.settle()
    if (this.svg !== null) select(this.svg).on('.zoom', null)
    this.root.selectAll('*').remove()
    this.root.attr('transform', null)
    this.layout = undefined
  }
}
