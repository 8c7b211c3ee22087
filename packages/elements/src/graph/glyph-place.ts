/**
 * Where exactly a call's glyph and its label ("allowed · trust") go on their edge: at the gate's
 * end (`gate-position.ts`), moved back along the curve, toward the middle, until the glyph
 * covers no node's shape nor name, and the label, above, below or beside the glyph, covers no
 * name. A call arriving from below would otherwise sit on the name of the role it assumes. Pure
 * arithmetic on the layout (label widths are estimated from their length, no DOM reads), so the
 * place is the same on every machine and every replay.
 */
import type { NodeBox, NodeKind } from '../core/types.ts'
import type { EdgeGeometry, Point } from './geometry.ts'

/** A rectangle in layout coordinates: top-left corner and size. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** Where the call's label sits around its glyph. */
export type LabelSpot = 'above' | 'below' | 'left' | 'right'

/** The label's anchor point relative to the glyph's centre, and its `text-anchor`, by spot. */
export const labelSpots: Readonly<
  Record<LabelSpot, { readonly x: number; readonly y: number; readonly anchor: string }>
> = {
  above: { x: 0, y: -16, anchor: 'middle' },
  below: { x: 0, y: 26, anchor: 'middle' },
  left: { x: -15, y: 4, anchor: 'end' },
  right: { x: 15, y: 4, anchor: 'start' },
}

/** Where a call's glyph goes on its edge, and its label around it. */
export interface GlyphPlace {
  /** The curve parameter. */
  readonly t: number
  readonly spot: LabelSpot
}

/** The glyph's disc radius (`call-layer.ts`) and a margin around it. */
const GLYPH_R = 10 + 2
/** The call label's font size (`graphStyles`). */
const CALL_LABEL_SIZE = 12
/** A node label's first baseline under the shape, and its line height (`node-content.ts`). */
const NODE_LABEL_Y = 13
const NODE_LABEL_LINE = 12
/**
 * Advance of a character, in ems: wide enough for names in capitals in DejaVu Sans, the widest
 * font the graph is drawn in ("AWSIAMRoleForRDS" comes to about 0.63).
 */
const EM_PER_CHAR = 0.66
const NODE_LABEL_SIZE = 11
/** A session's time to live ("59m 30s left", "expired"), at its own size (`graphStyles`). */
const TTL_CHARS = 12
const TTL_SIZE = 10
/** How far the glyph may move back: from the gate's place to the edge's middle, in steps. */
const STEP = 0.02
/** Points of an edge checked against the words' place. */
const LINE_SAMPLES = 40

/**
 * The estimated width of the label under a node of `kind` named `label`: its name, and for a
 * session its time to live on a second line. The layout spaces its columns by it.
 */
export function labelWidth(kind: NodeKind, label: string): number {
  const name = label.length * NODE_LABEL_SIZE * EM_PER_CHAR
  return kind === 'session' ? Math.max(name, TTL_CHARS * TTL_SIZE * EM_PER_CHAR) : name
}

/** How far the label of a node of `kind` and radius `r` reaches under its centre. */
export function labelBottom(kind: NodeKind, r: number): number {
  const lines = kind === 'session' ? 2 : 1
  return r + NODE_LABEL_Y + 3 + (lines - 1) * NODE_LABEL_LINE
}

/** The label under a node: one line, and a session's second line for its time to live. */
export function labelRect(node: NodeBox): Rect {
  const w = labelWidth(node.kind, node.label)
  const top = node.y + node.r + NODE_LABEL_Y - NODE_LABEL_SIZE
  return { x: node.x - w / 2, y: top, w, h: node.y + labelBottom(node.kind, node.r) - top }
}

/** The call's label at `spot` around a glyph centred on `at`. */
export function callLabelRect(at: Point, label: string, spot: LabelSpot = 'above'): Rect {
  const w = label.length * CALL_LABEL_SIZE * EM_PER_CHAR
  const { x, y, anchor } = labelSpots[spot]
  const left = anchor === 'middle' ? at.x + x - w / 2 : anchor === 'end' ? at.x + x - w : at.x + x
  const baseline = at.y + y
  return { x: left, y: baseline - CALL_LABEL_SIZE + 1, w, h: CALL_LABEL_SIZE + 2 }
}

function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function discMeetsRect(c: Point, r: number, b: Rect): boolean {
  const dx = c.x - Math.max(b.x, Math.min(c.x, b.x + b.w))
  const dy = c.y - Math.max(b.y, Math.min(c.y, b.y + b.h))
  return dx * dx + dy * dy < r * r
}

function inside(p: Point, r: Rect): boolean {
  return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h
}

/**
 * Points of the call's own edge away from its glyph at `at` (the glyph's disc hides the part
 * under it): words written along their own line read badly, so a spot crossing it is a last
 * resort, as a shape is.
 */
function lineAround(geometry: Pick<EdgeGeometry, 'at'>, at: Point): Point[] {
  const points: Point[] = []
  for (let i = 0; i <= LINE_SAMPLES; i++) {
    const p = geometry.at(i / LINE_SAMPLES)
    if (Math.hypot(p.x - at.x, p.y - at.y) >= GLYPH_R + 12) points.push(p)
  }
  return points
}

/** A node the glyph keeps clear of: its centre and size, and its label's rectangle. */
interface Obstacle {
  readonly node: NodeBox
  readonly name: Rect
}

function obstacles(nodes: readonly NodeBox[]): Obstacle[] {
  return nodes.map((node) => ({ node, name: labelRect(node) }))
}

/** Whether a glyph at `at` covers a shape or a label. */
function discCovers(at: Point, around: readonly Obstacle[]): boolean {
  return around.some(
    ({ node, name }) =>
      Math.hypot(at.x - node.x, at.y - node.y) < GLYPH_R + node.r ||
      discMeetsRect(at, GLYPH_R, name),
  )
}

/**
 * Whether a call label's rectangle covers a label or, with `shapes`, a shape. Text over text is
 * unreadable; over a shape's outline it stays legible (labels have a halo in the background
 * colour), so a shape is avoided when a spot allows it, and a name always.
 */
function textCovers(text: Rect, around: readonly Obstacle[], shapes = false): boolean {
  return around.some(
    ({ node, name }) => rectsMeet(text, name) || (shapes && discMeetsRect(node, node.r, text)),
  )
}

/**
 * Whether a glyph at `at` covers a shape or a label of `nodes`, or its `label` at `spot` covers
 * a label.
 */
export function glyphCovers(
  at: Point,
  label: string,
  nodes: readonly NodeBox[],
  spot: LabelSpot = 'above',
): boolean {
  const around = obstacles(nodes)
  if (discCovers(at, around)) return true
  return label !== '' && textCovers(callLabelRect(at, label, spot), around)
}

/**
 * Where the glyph of a call ending at `t` (near one end) on `geometry` goes among the `nodes`
 * drawn (the call's two ends and any other), and its `label`: the place nearest the gate, moving
 * toward the middle of the edge in small steps, where the glyph covers no node's shape nor name
 * and one spot of the label crosses no name. The spot is the label above the glyph, else below
 * it, else beside it on the side the call comes from, else on the other side: the first that
 * crosses neither a name, nor a shape, nor the call's own line, else the first that crosses no
 * name. Where no place is clear up to the middle, the gate's own place and the label above.
 */
export function glyphPlace(
  geometry: Pick<EdgeGeometry, 'at'>,
  t: number,
  label: string,
  nodes: readonly NodeBox[],
): GlyphPlace {
  const around = obstacles(nodes)
  const direction = t > 0.5 ? -1 : 1
  const steps = Math.floor(Math.abs(t - 0.5) / STEP + 1e-9)
  for (let i = 0; i <= steps; i++) {
    const candidate = t + direction * i * STEP
    const at = geometry.at(candidate)
    if (discCovers(at, around)) continue
    if (label === '') return { t: candidate, spot: 'above' }
    // The side the call comes from: behind the glyph along its way.
    const behind = geometry.at(Math.max(0, candidate - STEP))
    const back: LabelSpot = behind.x <= at.x ? 'left' : 'right'
    const spots: readonly LabelSpot[] = ['above', 'below', back, back === 'left' ? 'right' : 'left']
    const line = lineAround(geometry, at)
    const clear = (rect: Rect): boolean =>
      !textCovers(rect, around, true) && !line.some((point) => inside(point, rect))
    const spot =
      spots.find((s) => clear(callLabelRect(at, label, s))) ??
      spots.find((s) => !textCovers(callLabelRect(at, label, s), around))
    if (spot !== undefined) return { t: candidate, spot }
  }
  return { t, spot: 'above' }
}
