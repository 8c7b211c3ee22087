/**
 * One SVG path per kind of node, centred on 0,0, so the graph, the legend and the table draw the
 * same shapes. Shapes differ by outline, not only by colour: a learner who cannot tell the
 * colours apart still tells a role (hexagon) from a user (circle).
 */
import type { NodeKind } from '../core/types.ts'

/** Half a node's extent, by kind: sessions and endpoints are drawn smaller. */
export function nodeRadius(kind: NodeKind): number {
  return kind === 'session' ? 14 : kind === 'endpoint' ? 16 : 20
}

const f = (n: number): string => String(Math.round(n * 100) / 100)

/** A closed polygon through `points` (pairs in units of `r`). */
function polygon(points: readonly (readonly [number, number])[], r: number): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x * r)},${f(y * r)}`).join('') + 'Z'
}

/** A circle of radius `r` centred on `cx,cy`, as a path. */
function circle(cx: number, cy: number, r: number): string {
  return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`
}

/** A rectangle of half-width `w`, half-height `h` with corner radius `c`. */
function roundedRect(w: number, h: number, c: number): string {
  const k = Math.min(c, w, h)
  return (
    `M${f(-w + k)},${f(-h)}H${f(w - k)}A${f(k)},${f(k)} 0 0,1 ${f(w)},${f(-h + k)}` +
    `V${f(h - k)}A${f(k)},${f(k)} 0 0,1 ${f(w - k)},${f(h)}H${f(-w + k)}` +
    `A${f(k)},${f(k)} 0 0,1 ${f(-w)},${f(h - k)}V${f(-h + k)}A${f(k)},${f(k)} 0 0,1 ${f(-w + k)},${f(-h)}Z`
  )
}

/** `n` corners evenly on a circle of radius 1, the first at `start` radians. */
function regular(n: number, start: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n
    return [Math.cos(a), Math.sin(a)] as [number, number]
  })
}

/**
 * The outline of a node of `kind` with half-extent `r`, as SVG path data centred on 0,0:
 * user circle, root circle with an inner ring, group three circles, role hexagon, session pill,
 * service rounded square, provider shield, resource cylinder, endpoint octagon, instance profile
 * diamond, trust anchor triangle, Roles Anywhere profile pentagon, CLI profile terminal with a
 * prompt, anonymous circle (drawn dashed by the styles).
 */
export function nodeShapePath(kind: NodeKind, r: number): string {
  switch (kind) {
    case 'user':
    case 'anonymous':
      return circle(0, 0, r)
    case 'root':
      return circle(0, 0, r) + circle(0, 0, r * 0.55)
    case 'group':
      return (
        circle(-r * 0.45, r * 0.3, r * 0.52) +
        circle(r * 0.45, r * 0.3, r * 0.52) +
        circle(0, -r * 0.38, r * 0.52)
      )
    case 'role':
      return polygon(regular(6, 0), r)
    case 'session':
      return roundedRect(r, r * 0.6, r * 0.6)
    case 'service':
      return roundedRect(r * 0.85, r * 0.85, r * 0.3)
    case 'provider':
      return polygon(
        [
          [0, -1],
          [0.85, -0.65],
          [0.7, 0.35],
          [0, 1],
          [-0.7, 0.35],
          [-0.85, -0.65],
        ],
        r,
      )
    case 'resource': {
      const w = r * 0.8
      const h = r * 0.65
      const e = r * 0.25
      return (
        `M${f(-w)},${f(-h)}A${f(w)},${f(e)} 0 0,1 ${f(w)},${f(-h)}V${f(h)}` +
        `A${f(w)},${f(e)} 0 0,1 ${f(-w)},${f(h)}Z` +
        `M${f(-w)},${f(-h)}A${f(w)},${f(e)} 0 0,0 ${f(w)},${f(-h)}`
      )
    }
    case 'endpoint':
      return polygon(regular(8, Math.PI / 8), r)
    case 'instanceProfile':
      return polygon(
        [
          [0, -1],
          [1, 0],
          [0, 1],
          [-1, 0],
        ],
        r,
      )
    case 'trustAnchor':
      return polygon(
        [
          [0, -1],
          [0.95, 0.75],
          [-0.95, 0.75],
        ],
        r,
      )
    case 'rolesAnywhereProfile':
      return polygon(regular(5, -Math.PI / 2), r)
    case 'cliProfile':
      return (
        roundedRect(r, r * 0.75, r * 0.15) +
        `M${f(-r * 0.6)},${f(-r * 0.3)}L${f(-r * 0.2)},0L${f(-r * 0.6)},${f(r * 0.3)}` +
        `M${f(0)},${f(r * 0.35)}H${f(r * 0.5)}`
      )
  }
}
