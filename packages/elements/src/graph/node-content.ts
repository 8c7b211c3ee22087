/**
 * What a node's `<g>` holds, made by cloning: the pulse ring, the shape, a session's strike-
 * through line, the label (with a session's time-to-live `tspan`) and the `<title>` with its id.
 * The parts that depend only on the node's kind and size are built once per document, kind and
 * size, and cloned for each node (a native deep clone instead of a dozen element and attribute
 * calls per node): a layout of many nodes is drawn in one go between a scenario's arrival and
 * its first frame.
 */
import type { NodeBox } from '../core/types.ts'
import { nodeShapePath } from './shapes.ts'

const SVG = 'http://www.w3.org/2000/svg'

/** The cloned parts of a node whose text is filled in per node. */
interface Prototype {
  /** A `<g>` holding the children, to be deep-cloned. */
  readonly holder: SVGGElement
  /** The label's index among the children (the title is the last child). */
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
  const holder = doc.createElementNS(SVG, 'g')
  holder.append(
    element(doc, 'path', { class: 'node-pulse', d: shape }),
    element(doc, 'path', { class: 'node-shape', part: 'node-shape', d: shape }),
  )
  if (kind === 'session') {
    const s = r * 0.9
    holder.append(
      element(doc, 'line', {
        class: 'node-strike',
        x1: String(-s),
        y1: String(s * 0.6),
        x2: String(s),
        y2: String(-s * 0.6),
      }),
    )
  }
  const label = holder.childElementCount
  holder.append(
    element(doc, 'text', { class: 'node-label', part: 'node-label', y: String(r + 13) }),
    element(doc, 'title', {}),
  )
  const made = { holder, label }
  byKey.set(key, made)
  return made
}

/**
 * Replaces the children of `g` with those of node `box`: the label and title say its label and
 * id (as text, never markup); a session's label ends with an empty `tspan.node-ttl`, placed
 * beside the shape, that frames fill with its time to live.
 */
export function fillNode(g: SVGGElement, box: NodeBox): void {
  const doc = g.ownerDocument
  const { holder, label: at } = prototypeFor(doc, box.kind, box.r)
  const copy = holder.cloneNode(true) as SVGGElement
  const label = copy.children[at] as SVGTextElement
  label.textContent = box.label
  // A session's time to live is a tspan of its label, placed beside the shape: the text reads
  // "omkar@Role 59m 30s left", as the accessible name does.
  if (box.kind === 'session')
    label.append(
      element(doc, 'tspan', { class: 'node-ttl', x: String(box.r + 5), y: '4' }) as SVGTSpanElement,
    )
  ;(copy.lastElementChild as SVGTitleElement).textContent = box.id
  g.replaceChildren(...copy.childNodes)
}
