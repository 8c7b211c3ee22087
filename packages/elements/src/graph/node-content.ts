/**
 * A node's `<g>`, made by cloning: the pulse ring, the shape, a session's strike-through line,
 * the label (with a session's time-to-live `tspan`) and the `<title>` with its id, and on the
 * `<g>` itself what every node of its kind carries (its classes and parts, `role="button"`, out
 * of the tab order and hidden until a frame shows it). What depends only on the node's kind and
 * size is built once per document, kind and size, and deep-cloned for each node: a native clone
 * instead of a dozen element and attribute calls per node, since a layout of many nodes is drawn
 * in one go between a scenario's arrival and its first frame.
 */
import type { NodeBox } from '../core/types.ts'
import { nodeKindWords } from './node-words.ts'
import { nodeRadius, nodeShapePath } from './shapes.ts'

const SVG = 'http://www.w3.org/2000/svg'

/** A node of one kind and size, to be deep-cloned. */
interface Prototype {
  readonly node: SVGGElement
  /** The label's index among the node's children (the title is the last child). */
  readonly label: number
}

const prototypes = new WeakMap<Document, Map<string, Prototype>>()

function element(doc: Document, name: string, attributes: Record<string, string>): SVGElement {
  const el = doc.createElementNS(SVG, name) as SVGElement
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value)
  return el
}

function prototypeFor(doc: Document, kind: NodeBox['kind'], r: number): Prototype {
  let byKey = prototypes.get(doc)
  if (byKey === undefined) prototypes.set(doc, (byKey = new Map()))
  const key = `${kind} ${r}`
  const found = byKey.get(key)
  if (found !== undefined) return found
  const shape = nodeShapePath(kind, r)
  const node = element(doc, 'g', {
    class: `node node--${kind} is-absent`,
    part: `node node-${kind}`,
    'data-kind': kind,
    role: 'button',
    tabindex: '-1',
    'aria-hidden': 'true',
  }) as SVGGElement
  // Through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute it may not).
  node.style.setProperty('opacity', '0')
  node.append(
    element(doc, 'path', { class: 'node-pulse', d: shape }),
    element(doc, 'path', { class: 'node-shape', part: 'node-shape', d: shape }),
  )
  if (kind === 'session') {
    const s = r * 0.9
    node.append(
      element(doc, 'line', {
        class: 'node-strike',
        x1: String(-s),
        y1: String(s * 0.6),
        x2: String(s),
        y2: String(-s * 0.6),
      }),
    )
  }
  const label = node.childElementCount
  node.append(
    element(doc, 'text', { class: 'node-label', part: 'node-label', y: String(r + 13) }),
    element(doc, 'title', {}),
  )
  // A session's time to live is a tspan of its label, on a line of its own under it: the text
  // reads "omkar@Role 59m 30s left", as the accessible name does, and the side of the shape stays
  // free for the calls the session makes (a call's glyph stops just beside its caller).
  if (kind === 'session')
    node.children[label]?.append(
      element(doc, 'tspan', { class: 'node-ttl', x: '0', y: String(r + 25) }),
    )
  const made = { node, label }
  byKey.set(key, made)
  return made
}

/**
 * A new `<g>` for node `box` in `doc`, absent until a frame shows it: placed at its box, with its
 * id as `data-id`, its accessible name, and its label and title saying its label and id (as
 * text, never markup).
 */
export function createNode(doc: Document, box: NodeBox, ariaLabel: string): SVGGElement {
  const { node, label: at } = prototypeFor(doc, box.kind, box.r)
  const copy = node.cloneNode(true) as SVGGElement
  copy.setAttribute('data-id', box.id)
  copy.setAttribute('transform', `translate(${box.x},${box.y})`)
  copy.setAttribute('aria-label', ariaLabel)
  const label = copy.children[at] as SVGTextElement
  // The label's first child is its text; a session's `tspan` stays after it.
  label.prepend(box.label)
  ;(copy.lastElementChild as SVGTitleElement).textContent = box.id
  return copy
}

/**
 * Builds the node of every kind for `doc` ahead of time (a graph view does when it is made,
 * before any scenario comes), so that drawing a layout only clones.
 */
export function prepareNodes(doc: Document): void {
  for (const kind of Object.keys(nodeKindWords) as NodeBox['kind'][])
    prototypeFor(doc, kind, nodeRadius(kind))
}
