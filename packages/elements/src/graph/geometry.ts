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

/** The curve of an edge of `kind` from `a` to `b`. */
export function edgeGeometry(a: Disc, b: Disc, kind: EdgeKind): EdgeGeometry {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy) || 1
  const bend = bends[kind]
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
