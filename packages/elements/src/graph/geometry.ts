/**
 * Where an edge runs: a quadratic curve between two nodes, trimmed to their outlines, with the
 * bend chosen by the edge's kind so an assume-role call and a trust relation between the same
 * two nodes never lie on top of each other. Pure arithmetic (no DOM reads), so a call token can
 * travel along an edge at 60 fps without `getPointAtLength`.
 */
import type { EdgeKind } from '../core/types.ts'

/** A point in layout coordinates. */
export interface Point {
  readonly x: number
  readonly y: number
}

/** A node's centre and half-extent, all the geometry needs. */
export interface Disc extends Point {
  readonly r: number
}

/** An edge's curve: its path data and a function giving the point at `t` ∈ [0, 1]. */
export interface EdgeGeometry {
  readonly d: string
  readonly start: Point
  readonly end: Point
  readonly control: Point
  at(t: number): Point
}

/** How far each kind of edge bows out of the straight line, in layout units. */
const bends: Readonly<Record<EdgeKind, number>> = {
  trust: 0,
  assume: 26,
  request: 0,
  denial: -26,
  session: 0,
}

/** Space left between an edge's end and the node outline, room for the arrow head. */
const gap = 4

const r2 = (n: number): number => Math.round(n * 10) / 10

/** Extra bends tried, in order, when the plain curve would run through another node. */
const DETOURS = [0, -36, 36, -72, 72] as const

/** Room kept between a detoured curve and a node it passes. */
const CLEARANCE = 6

/**
 * The curve of an edge of `kind` from `a` to `b`. With the layout's other nodes `around`, a
 * curve that would run through one of them bows out further, by the first of {@link DETOURS}
 * that takes every kind of edge between the two clear of them all (else it keeps its plain
 * bend): a trust relation from the left of a lane to a role on the same row no longer seems to
 * go through the user between them, and a call and a trust relation between the same two nodes
 * keep their distance. The nodes of the whole layout are given, not those of a step, so an edge
 * keeps its curve.
 */
export function edgeGeometry(
  a: Disc,
  b: Disc,
  kind: EdgeKind,
  around: readonly Disc[] = [],
): EdgeGeometry {
  const detour = around.length === 0 ? 0 : detourOf(a, b, around)
  return curve(a, b, bends[kind] + detour)
}

/** The bends of the kinds of edge, each once. */
const BENDS = [...new Set(Object.values(bends))]

/** The largest bend a detoured curve takes. */
const MOST_BEND = Math.max(...BENDS.map(Math.abs)) + Math.max(...DETOURS.map(Math.abs))

/** Points sampled along a curve to tell whether it passes a node. */
const SAMPLES = 24

/** The extra bend that takes every kind of edge from `a` to `b` clear of the nodes `around`. */
function detourOf(a: Disc, b: Disc, around: readonly Disc[]): number {
  const at = (node: Disc, end: Disc) => node.x === end.x && node.y === end.y
  // A quadratic curve strays at most half its bend from its chord: only the nodes that close
  // to the chord can be in the way of any candidate.
  const near = around.filter(
    (node) =>
      !at(node, a) &&
      !at(node, b) &&
      chordDistance(a, b, node) < MOST_BEND / 2 + node.r + CLEARANCE,
  )
  if (near.length === 0) return 0
  const clear = (bend: number): boolean => {
    const geometry = curve(a, b, bend)
    // The curve lies inside the triangle of its ends and control point: only nodes near that
    // triangle's box are sampled against.
    const { start, control, end } = geometry
    const left = Math.min(start.x, control.x, end.x)
    const right = Math.max(start.x, control.x, end.x)
    const top = Math.min(start.y, control.y, end.y)
    const bottom = Math.max(start.y, control.y, end.y)
    const close = near.filter((node) => {
      const margin = node.r + CLEARANCE
      return (
        node.x > left - margin &&
        node.x < right + margin &&
        node.y > top - margin &&
        node.y < bottom + margin
      )
    })
    return close.length === 0 || !close.some(passes(geometry))
  }
  // The first detour that takes every kind clear, else the first that takes the middle one
  // (a trust relation, a request: the lines that stay drawn) clear.
  let middle: number | undefined
  for (const detour of DETOURS) {
    if (!clear(detour)) continue
    if (BENDS.every((bend) => bend === 0 || clear(bend + detour))) return detour
    middle ??= detour
  }
  return middle ?? 0
}

/** The distance from `node`'s centre to the segment from `a` to `b`. */
function chordDistance(a: Point, b: Point, node: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = dx * dx + dy * dy
  const t =
    length === 0
      ? 0
      : Math.max(0, Math.min(1, ((node.x - a.x) * dx + (node.y - a.y) * dy) / length))
  const x = node.x - (a.x + t * dx)
  const y = node.y - (a.y + t * dy)
  return Math.sqrt(x * x + y * y)
}

/**
 * Whether `geometry` runs within a node's outline (and a margin) between its ends: its points
 * sampled once, then each node tested against them (squared distances, no `Math.hypot`).
 */
function passes(geometry: EdgeGeometry): (node: Disc) => boolean {
  const { start, control, end } = geometry
  const xs = new Float64Array(SAMPLES - 1)
  const ys = new Float64Array(SAMPLES - 1)
  for (let i = 1; i < SAMPLES; i++) {
    const t = i / SAMPLES
    const u = 1 - t
    xs[i - 1] = u * u * start.x + 2 * u * t * control.x + t * t * end.x
    ys[i - 1] = u * u * start.y + 2 * u * t * control.y + t * t * end.y
  }
  return (node) => {
    const reach = (node.r + CLEARANCE) ** 2
    for (let i = 0; i < xs.length; i++) {
      const dx = (xs[i] ?? 0) - node.x
      const dy = (ys[i] ?? 0) - node.y
      if (dx * dx + dy * dy < reach) return true
    }
    return false
  }
}

/** The quadratic curve from `a` to `b` bowing `bend` units to its left. */
function curve(a: Disc, b: Disc, bend: number): EdgeGeometry {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy) || 1
  const mx = (a.x + b.x) / 2 - (dy / length) * bend
  const my = (a.y + b.y) / 2 + (dx / length) * bend
  const toward = (from: Disc, cut: number): Point => {
    const ux = mx - from.x
    const uy = my - from.y
    const ul = Math.hypot(ux, uy) || 1
    return { x: from.x + (ux / ul) * cut, y: from.y + (uy / ul) * cut }
  }
  const start = toward(a, a.r + 2)
  const end = toward(b, b.r + gap)
  const control = { x: mx, y: my }
  const at = (t: number): Point => {
    const u = 1 - t
    return {
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    }
  }
  const d = `M${r2(start.x)},${r2(start.y)}Q${r2(control.x)},${r2(control.y)} ${r2(end.x)},${r2(end.y)}`
  return { d, start, end, control, at }
}
