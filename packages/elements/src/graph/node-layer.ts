/**
 * The nodes: every node of the layout drawn once at its fixed place (keyed by id, an ARN), then
 * each frame only changes what changed: presence (a fade), a session's time to live and its
 * expired state (struck through, greyed and saying `expired`: never colour alone), the call's
 * actor and target, and a pulse on the nodes the step changed. Each node is a keyboard-operable
 * button: Enter, Space or a click selects it; hover and focus report it.
 */
import { easeCubicOut } from 'd3-ease'
import { selectAll } from 'd3-selection'
import type { Selection } from 'd3-selection'
import 'd3-transition'
import type { FrameNode, NodeBox } from '../core/types.ts'
import { composited, ended } from './motion.ts'
import type { Motion } from './motion.ts'
import { nodeKindWords } from './node-words.ts'
import { createNode } from './node-content.ts'

/** What a node shows now, to write the DOM only where a frame changes it. */
interface Shown {
  present: boolean
  expired: boolean
  ttl: string
  part: string
  aria: string
}

/** The callbacks of a node's interactions. */
export interface NodeHandlers {
  onSelect(id: string): void
  onHover?(id: string | null): void
}

/** A node's accessible name: "role AWSIAMRoleForRDS, arn:…", and a session's state. */
export function nodeAriaLabel(box: NodeBox, state: FrameNode | undefined): string {
  // The visible text (the label, then a session's time to live) comes first and in the same
  // order as drawn, so the accessible name contains what a sighted reader sees (WCAG 2.5.3).
  const ttl =
    state?.status === 'expired' ? ' expired' : state?.ttl !== undefined ? ` ${state.ttl}` : ''
  const id = box.id === box.label ? '' : `, ${box.id}`
  return `${box.label}${ttl}, ${nodeKindWords[box.kind]}${id}`
}

/** The node `<g>` an event happened in, if any, and its id. */
function nodeOf(target: EventTarget | null): { element: Element; id: string } | undefined {
  const element = target instanceof Element ? target.closest('g.node') : null
  const id = element?.getAttribute('data-id')
  return element === null || element === undefined || id === null || id === undefined
    ? undefined
    : { element, id }
}

/**
 * The nodes' pointer and key interactions, listened to once on their layer (not on each node: a
 * layout of many nodes is drawn at once): a click, Enter or Space selects; the pointer entering a
 * node reports it, and leaving it (for somewhere outside that node) reports `null`. Focus is
 * listened to on each node: Chromium makes an SVG element with focus listeners focusable, so
 * the layer must have none.
 */
function listen(layer: SVGGElement, handlers: NodeHandlers): void {
  layer.addEventListener('click', (event) => {
    const node = nodeOf(event.target)
    if (node !== undefined) handlers.onSelect(node.id)
  })
  layer.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const node = nodeOf(event.target)
    if (node === undefined) return
    event.preventDefault()
    handlers.onSelect(node.id)
  })
  const enter = (event: MouseEvent): void => {
    const node = nodeOf(event.target)
    if (node === undefined) return
    const from = event.relatedTarget
    if (from instanceof Node && node.element.contains(from)) return
    handlers.onHover?.(node.id)
  }
  const leave = (event: MouseEvent): void => {
    const node = nodeOf(event.target)
    if (node === undefined) return
    const to = event.relatedTarget
    if (to instanceof Node && node.element.contains(to)) return
    handlers.onHover?.(null)
  }
  layer.addEventListener('mouseover', enter)
  layer.addEventListener('mouseout', leave)
}

/** Focuses the nearest focusable element around the graph of `node` (the player's stage). */
function focusAround(node: SVGGElement): void {
  node.ownerSVGElement?.closest<HTMLElement>('[tabindex]')?.focus()
}

/** A node about to leave the frame gives the keyboard focus to what is around the graph. */
function keepFocus(node: SVGGElement): void {
  const root = node.getRootNode() as Document | ShadowRoot
  if (root.activeElement === node) focusAround(node)
}

/** The node layer of a `GraphView`. */
export class NodeLayer {
  private nodes: Selection<SVGGElement, NodeBox, SVGGElement, unknown>
  private readonly shown = new Map<string, Shown>()
  private readonly elements = new Map<string, SVGGElement>()
  private fading: SVGGElement[] = []
  private pulsing: SVGPathElement[] = []

  constructor(
    private readonly layer: Selection<SVGGElement, unknown, null, undefined>,
    private readonly handlers: NodeHandlers,
  ) {
    this.nodes = layer.selectAll<SVGGElement, NodeBox>('g.node')
    listen(layer.node() as SVGGElement, handlers)
  }

  /** Draws every node of a layout, all hidden until a frame shows them. */
  setNodes(boxes: readonly NodeBox[]): void {
    this.settle()
    this.shown.clear()
    this.elements.clear()
    const { shown, elements } = this
    const doc = (this.layer.node() as SVGGElement).ownerDocument
    // Every node is made anew: one kept from an earlier layout would keep its place, label and
    // state from there.
    this.layer.selectAll('g.node').remove()
    this.nodes = this.layer
      .selectAll<SVGGElement, NodeBox>('g.node')
      .data(boxes)
      .enter()
      .append((d) => createNode(doc, d, nodeAriaLabel(d, undefined)))
    const { handlers } = this
    this.nodes.each(function (d) {
      elements.set(d.id, this)
      shown.set(d.id, { present: false, expired: false, ttl: '', part: '', aria: '' })
      this.addEventListener('focus', () => handlers.onHover?.(d.id))
      this.addEventListener('blur', () => handlers.onHover?.(null))
    })
  }

  /** The element of node `id`, if the layout has it. */
  element(id: string): SVGGElement | undefined {
    return this.elements.get(id)
  }

  /**
   * Moves the keyboard focus to node `id`, or, when it is absent (not drawn, so not focusable),
   * to the nearest focusable element around the graph (the player's stage).
   */
  focus(id: string): void {
    const element = this.elements.get(id)
    if (element === undefined) return
    if (element.classList.contains('is-absent')) focusAround(element)
    else element.focus()
  }

  /** Applies a frame's node states; returns the promises of the animations it started. */
  apply(states: Readonly<Record<string, FrameNode>>, motion: Motion): Promise<void>[] {
    this.settle()
    const entering: SVGGElement[] = []
    const leaving: SVGGElement[] = []
    const pulsing: SVGPathElement[] = []
    const shown = this.shown
    this.nodes.each(function (d) {
      const state = states[d.id]
      const now = shown.get(d.id)
      if (now === undefined) return
      const present = state?.present ?? false
      if (present !== now.present) {
        now.present = present
        if (!present) keepFocus(this)
        this.classList.toggle('is-absent', !present)
        this.setAttribute('tabindex', present ? '0' : '-1')
        if (present) this.removeAttribute('aria-hidden')
        else this.setAttribute('aria-hidden', 'true')
        if (motion === null) this.style.opacity = present ? '1' : '0'
        else (present ? entering : leaving).push(this)
      }
      const expired = state?.status === 'expired'
      const ttl = expired ? (state?.ttl ?? 'expired') : (state?.ttl ?? '')
      if (expired !== now.expired) {
        now.expired = expired
        this.classList.toggle('is-expired', expired)
      }
      if (ttl !== now.ttl) {
        now.ttl = ttl
        const text = this.querySelector('.node-ttl')
        if (text !== null) text.textContent = ttl === '' ? '' : ` ${ttl}`
      }
      const part = state?.part ?? ''
      if (part !== now.part) {
        if (now.part !== '') this.classList.remove(`is-${now.part}`)
        if (part !== '') this.classList.add(`is-${part}`)
        now.part = part
      }
      const aria = nodeAriaLabel(d, state)
      if (aria !== now.aria) {
        now.aria = aria
        this.setAttribute('aria-label', aria)
      }
      if (motion !== null && present && state?.changed === true) {
        const ring = this.firstElementChild
        if (ring instanceof SVGPathElement) pulsing.push(ring)
      }
    })
    if (motion === null) return []
    this.fading = [...entering, ...leaving]
    this.pulsing = pulsing
    const ms = motion.duration
    const fade = (elements: SVGGElement[], opacity: string) =>
      ended(
        composited(selectAll(elements).transition().duration(ms).ease(easeCubicOut)).style(
          'opacity',
          opacity,
        ),
      )
    // The ring grows with a CSS transform (not the attribute): a composited layer moves it.
    return [
      fade(entering, '1'),
      fade(leaving, '0'),
      ended(
        composited(
          selectAll(pulsing)
            .style('transform', 'scale(1)')
            .style('opacity', '0.9')
            .transition()
            .duration(ms)
            .ease(easeCubicOut),
        )
          .style('transform', 'scale(1.8)')
          .style('opacity', '0'),
      ),
    ]
  }

  /** Dims every node outside `keep`; `null` undims all. */
  highlight(keep: ReadonlySet<string> | null): void {
    this.nodes.each(function (d) {
      const dim = keep !== null && !keep.has(d.id)
      this.classList.toggle('is-dimmed', dim)
      this.classList.toggle('is-highlighted', keep !== null && !dim)
    })
  }

  /** Stops running animations and puts their elements in their final state at once. */
  settle(): void {
    if (this.fading.length > 0) {
      const shown = this.shown
      selectAll<SVGGElement, NodeBox>(this.fading)
        .interrupt()
        .style('opacity', (d) => (shown.get(d.id)?.present === true ? '1' : '0'))
      this.fading = []
    }
    if (this.pulsing.length > 0) {
      selectAll(this.pulsing).interrupt().style('transform', null).style('opacity', null)
      this.pulsing = []
    }
  }
}
