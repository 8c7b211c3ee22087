import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NodeBox, NodeKind } from '../../src/core/types.ts'
import { callerT, targetT } from '../../src/graph/gate-position.ts'
import { edgeGeometry } from '../../src/graph/geometry.ts'
import { callLabelRect, glyphCovers, glyphPlace, labelRect } from '../../src/graph/glyph-place.ts'
import { metrics } from '../../src/core/layout/layout.ts'

const node = (kind: NodeKind, label: string, x: number, y: number): NodeBox => ({
  id: `${kind}:${label}`,
  kind,
  label,
  lane: 'main',
  x,
  y,
  r: kind === 'session' ? 14 : 20,
})

// The first-role scenario's picture: omkar one row under the role he assumes, in columns as far
// apart as the layout puts them for names this long.
const [principals, roles, sessions, resources] = [60, 240, 420, 580]
const omkar = node('user', 'omkar', principals, 110 + metrics.rowHeight)
const role = node('role', 'AWSIAMRoleForRDS', roles, 110)

describe('glyphPlace', () => {
  it("moves a call's glyph off the name of the role it reaches from below", () => {
    const curve = edgeGeometry(omkar, role, 'assume')
    const ends = [omkar, role]
    // At the gate's own place the glyph would sit on "AWSIAMRoleForRDS" (the case this fixes).
    expect(glyphCovers(curve.at(targetT), 'allowed · trust', ends)).toBe(true)
    const { t, spot } = glyphPlace(curve, targetT, 'allowed · trust', ends)
    expect(t).toBeLessThan(targetT)
    expect(t).toBeGreaterThanOrEqual(0.5)
    expect(glyphCovers(curve.at(t), 'allowed · trust', ends, spot)).toBe(false)
    // Above the glyph, the label would still cross the role's name: it goes elsewhere.
    expect(glyphCovers(curve.at(t), 'allowed · trust', ends, 'above')).toBe(true)
    expect(spot).not.toBe('above')
  })

  it('leaves a glyph at the gate when nothing is under it', () => {
    const session = node('session', 'omkar@AWSIAMRoleForRDS', sessions, 110)
    const curve = edgeGeometry(role, session, 'session')
    const place = glyphPlace(curve, targetT, 'allowed · identity', [role, session])
    expect(place.t).toBe(targetT)
    expect(glyphCovers(curve.at(place.t), 'allowed · identity', [role, session], place.spot)).toBe(
      false,
    )
  })

  it("keeps the words off the target's shape when a spot beside the glyph allows it", () => {
    // An allowed request from a session up and right into an API endpoint: above the glyph,
    // "allowed · identity" would run into the endpoint's outline.
    const session = node('session', 'mallory-in-acme', sessions, 180)
    const api = node('endpoint', 'ce API', resources, 110)
    const curve = edgeGeometry(session, api, 'request')
    const { t, spot } = glyphPlace(curve, targetT, 'allowed · identity', [session, api])
    const words = callLabelRect(curve.at(t), 'allowed · identity', spot)
    const dx = api.x - Math.max(words.x, Math.min(api.x, words.x + words.w))
    const dy = api.y - Math.max(words.y, Math.min(api.y, words.y + words.h))
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(api.r)
    // Above the glyph they would have met it: the spot was chosen, not given.
    const above = callLabelRect(curve.at(t), 'allowed · identity', 'above')
    const ax = api.x - Math.max(above.x, Math.min(api.x, above.x + above.w))
    const ay = api.y - Math.max(above.y, Math.min(api.y, above.y + above.h))
    expect(Math.hypot(ax, ay)).toBeLessThan(api.r)
  })

  it("keeps a session's second line (its time to live) clear too", () => {
    // "dev" is narrow; "59m 30s left" under it is not.
    const session = labelRect(node('session', 'dev', 100, 100))
    const role = labelRect(node('role', 'dev', 100, 100))
    expect(session.h).toBeGreaterThan(role.h)
    expect(session.w).toBeGreaterThanOrEqual('59m 30s left'.length * 10 * 0.6)
    expect(session.w).toBeGreaterThan(role.w)
  })

  it('stays on the gate’s half of the edge, and clears both ends whenever it moves', () => {
    const kinds = fc.constantFrom<NodeKind>('user', 'role', 'session', 'resource', 'service')
    const end = fc.record({
      kind: kinds,
      label: fc.string({ minLength: 1, maxLength: 40 }),
      x: fc.integer({ min: 0, max: 860 }),
      y: fc.integer({ min: 0, max: 900 }),
    })
    fc.assert(
      fc.property(
        end,
        end,
        fc.constantFrom(callerT, targetT),
        fc.constantFrom('assume', 'request', 'denial', 'trust') as fc.Arbitrary<
          'assume' | 'request' | 'denial' | 'trust'
        >,
        fc.string({ maxLength: 30 }),
        (a, b, gate, kind, label) => {
          const ends = [node(a.kind, a.label, a.x, a.y), node(b.kind, b.label, b.x, b.y)]
          const curve = edgeGeometry(ends[0]!, ends[1]!, kind)
          const place = glyphPlace(curve, gate, label, ends)
          const { t, spot } = place
          if (gate > 0.5) expect(t >= 0.5 - 1e-9 && t <= gate).toBe(true)
          else expect(t <= 0.5 + 1e-9 && t >= gate).toBe(true)
          // Either clear of both ends, or (nothing clear) the gate's own place, label above.
          if (glyphCovers(curve.at(t), label, ends, spot))
            expect(place).toEqual({ t: gate, spot: 'above' })
          // Where the gate's place was clear, the glyph stays there.
          if (!glyphCovers(curve.at(gate), label, ends)) expect(t).toBe(gate)
          // Deterministic: the same layout gives the same place.
          expect(glyphPlace(curve, gate, label, ends)).toEqual(place)
        },
      ),
    )
  })
})
