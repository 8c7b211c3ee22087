import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { GateName } from '../../src/core/types.ts'
import { edgeSentence } from '../../src/graph/edge-sentence.ts'
import { callEnd } from '../../src/graph/gate-position.ts'
import { edgeGeometry } from '../../src/graph/geometry.ts'
import { legendItems } from '../../src/graph/legend.ts'
import { pathsThrough } from '../../src/graph/paths.ts'
import { nodeShapePath } from '../../src/graph/shapes.ts'
import { call, edge, kinds } from './fixtures.ts'

describe('nodeShapePath', () => {
  it('gives every kind an outline that scales with r', () => {
    for (const kind of kinds) {
      expect(nodeShapePath(kind, 10)).toMatch(/^M/)
      expect(nodeShapePath(kind, 20)).not.toBe(nodeShapePath(kind, 10))
    }
  })

  it('gives each kind but the anonymous caller (drawn dashed) its own outline', () => {
    const outlines = new Map(kinds.map((kind) => [nodeShapePath(kind, 10), kind]))
    expect(outlines.size).toBe(kinds.length - 1)
    expect(nodeShapePath('anonymous', 10)).toBe(nodeShapePath('user', 10))
  })
})

describe('legendItems', () => {
  it('names every node kind and every edge kind', () => {
    const nodes = legendItems.filter((i) => i.type === 'node').map((i) => i.kind)
    const edges = legendItems.filter((i) => i.type === 'edge').map((i) => i.kind)
    expect(new Set(nodes)).toEqual(new Set(kinds))
    expect(new Set(edges)).toEqual(new Set(['trust', 'assume', 'request', 'denial', 'session']))
    expect(legendItems.some((i) => i.type === 'edge' && i.conditional === true)).toBe(true)
  })
})

describe('callEnd', () => {
  const cases: readonly [GateName, 'caller' | 'target'][] = [
    ['resource', 'target'],
    ['trust', 'target'],
    ['rcp', 'target'],
    ['identity', 'caller'],
    ['scp', 'caller'],
    ['boundary', 'caller'],
    ['session', 'caller'],
  ]
  it.each(cases)('puts a denial at the %s gate at the %s end', (gate, end) => {
    expect(callEnd(call({ gate, decision: 'implicitDeny' })).end).toBe(end)
  })

  it('puts an allowed call at the target whatever gate granted it', () => {
    expect(callEnd(call({ gate: 'identity', decision: 'allowed', status: 'allowed' })).end).toBe(
      'target',
    )
  })

  it('puts an error without a gate at the target (the service answered)', () => {
    const { gate: _gate, decision: _decision, ...rest } = call({ status: 'error', glyph: '!' })
    expect(callEnd(rest)).toEqual({ end: 'target', t: expect.any(Number) })
  })
})

describe('edgeGeometry', () => {
  const a = { x: 0, y: 0, r: 10 }
  const b = { x: 100, y: 0, r: 10 }

  it('starts and ends outside both outlines', () => {
    const geo = edgeGeometry(a, b, 'trust')
    expect(geo.start.x).toBeGreaterThanOrEqual(10)
    expect(geo.end.x).toBeLessThanOrEqual(90)
    expect(geo.at(0)).toEqual(geo.start)
    expect(geo.at(1)).toEqual(geo.end)
  })

  it('bends an assume call and a denial off the trust line, to opposite sides', () => {
    expect(edgeGeometry(a, b, 'trust').at(0.5).y).toBeCloseTo(0)
    expect(edgeGeometry(a, b, 'assume').at(0.5).y).toBeGreaterThan(5)
    expect(edgeGeometry(a, b, 'denial').at(0.5).y).toBeLessThan(-5)
  })

  /** The least distance from the curve's inside to `node`'s centre. */
  const closest = (geo: ReturnType<typeof edgeGeometry>, node: { x: number; y: number }) =>
    Math.min(
      ...Array.from({ length: 99 }, (_, i) => geo.at((i + 1) / 100)).map((p) =>
        Math.hypot(p.x - node.x, p.y - node.y),
      ),
    )

  it('bows around a node in its way, and not otherwise', () => {
    const between = { x: 50, y: 2, r: 20 }
    const aside = { x: 50, y: 200, r: 20 }
    expect(closest(edgeGeometry(a, b, 'trust'), between)).toBeLessThan(between.r)
    expect(closest(edgeGeometry(a, b, 'trust', [a, b, between]), between)).toBeGreaterThan(
      between.r,
    )
    expect(edgeGeometry(a, b, 'trust', [a, b, aside]).d).toBe(edgeGeometry(a, b, 'trust').d)
  })

  it('bows every kind between two nodes alike, so they keep their distance', () => {
    const between = { x: 50, y: 2, r: 20 }
    const around = [a, b, between]
    const mid = (kind: 'trust' | 'assume' | 'denial', with_: readonly (typeof a)[]) =>
      edgeGeometry(a, b, kind, with_).at(0.5).y
    const gap = (with_: readonly (typeof a)[]) => [
      mid('assume', with_) - mid('trust', with_),
      mid('trust', with_) - mid('denial', with_),
    ]
    // The same detour for each: the gaps between them stay within a few units of the plain ones.
    for (const [bowed, plain] of gap(around).map((g, i) => [g, gap([])[i] ?? 0]))
      expect(bowed).toBeGreaterThan((plain ?? 0) * 0.8)
    expect(Math.abs(mid('trust', around))).toBeGreaterThan(20)
  })

  /** Whether `node` keeps clear of both ends, by the gap a layout leaves between any two nodes. */
  const apart = (node: { x: number; y: number; r: number }) =>
    [a, b].every((end) => Math.hypot(node.x - end.x, node.y - end.y) > node.r + end.r + 20)

  it('leaves a curve alone or detours so its straight kinds clear every node, the same each time', () => {
    const disc = fc
      .record({
        x: fc.integer({ min: -200, max: 400 }),
        y: fc.integer({ min: -200, max: 200 }),
        r: fc.constantFrom(14, 16, 20),
      })
      .filter(apart)
    const kind = fc.constantFrom(...(['trust', 'assume', 'request', 'denial', 'session'] as const))
    fc.assert(
      fc.property(fc.array(disc, { maxLength: 12 }), kind, (others, k) => {
        const around = [a, b, ...others]
        const geo = edgeGeometry(a, b, k, around)
        expect(edgeGeometry(a, b, k, around).d).toBe(geo.d)
        if (geo.d !== edgeGeometry(a, b, k).d) {
          // A detour always takes the straight kinds (trust, request, session: the lines that
          // stay drawn) clear; the bowed ones (assume, denial) too when one detour clears all.
          const straight = edgeGeometry(a, b, 'trust', around)
          for (const node of others) expect(closest(straight, node)).toBeGreaterThan(node.r)
        }
      }),
    )
  })

  it('may leave a denial touching a node when no detour clears every kind (found by fast-check)', () => {
    const above = { x: 27, y: -35, r: 14 }
    const between = { x: 45, y: 11, r: 16 }
    const around = [a, b, above, between]
    const denial = edgeGeometry(a, b, 'denial', around)
    expect(denial.d).not.toBe(edgeGeometry(a, b, 'denial').d)
    const straight = edgeGeometry(a, b, 'trust', around)
    expect(closest(straight, above)).toBeGreaterThan(above.r)
    expect(closest(straight, between)).toBeGreaterThan(between.r)
    // The known limit (docs/architecture.md): the denial bows the other way into a node.
    expect(Math.min(closest(denial, above), closest(denial, between))).toBeLessThan(16)
  })

  it('clears a node on top of an end only past the end (found by fast-check)', () => {
    // Nodes on the edge's start, which no layout makes: the curve leaves from inside them, so
    // only its stretch past the first twentieth can keep clear. It bows, and does there.
    const on = { x: 0, y: 0, r: 14 }
    const beside = { x: 0, y: -3, r: 14 }
    expect(apart(beside)).toBe(false)
    const geo = edgeGeometry(a, b, 'trust', [a, b, on, beside])
    expect(geo.d).not.toBe(edgeGeometry(a, b, 'trust').d)
    const past = Array.from({ length: 91 }, (_, i) => geo.at(0.05 + i / 100))
    const least = Math.min(...past.map((p) => Math.hypot(p.x - beside.x, p.y - beside.y)))
    expect(least).toBeGreaterThan(beside.r)
  })
})

describe('pathsThrough', () => {
  const edges = [
    edge('trust', 'user', 'A'),
    edge('trust', 'A', 'B'),
    edge('trust', 'svc', 'C'),
    edge('trust', 'other', 'A'),
    edge('trust', 'other', 'D'),
  ]

  it('keeps what a node reaches and what reaches it, nothing else', () => {
    const { nodes, edges: kept } = pathsThrough(edges, 'A')
    expect([...nodes].sort()).toEqual(['A', 'B', 'other', 'user'])
    expect(kept.has('trust:A->B')).toBe(true)
    expect(kept.has('trust:other->D')).toBe(false)
    expect(kept.has('trust:svc->C')).toBe(false)
  })

  it('ends on cycles', () => {
    const loop = [edge('trust', 'A', 'B'), edge('trust', 'B', 'A')]
    expect(pathsThrough(loop, 'A').edges.size).toBe(2)
  })
})

describe('edgeSentence', () => {
  const label = (id: string): string => id.slice(id.lastIndexOf('/') + 1)
  it.each([
    [[], false, 'omkar can assume Admin'],
    [['MFA'], true, 'omkar can assume Admin (MFA required)'],
    [['MFA', 'external id'], true, 'omkar can assume Admin (MFA and external id required)'],
    [[], true, 'omkar can assume Admin (only when a condition holds)'],
  ] as const)('says %j (conditional %s) as %s', (requires, conditional, sentence) => {
    const e = edge('trust', 'user/omkar', 'role/Admin', { requires, conditional })
    expect(edgeSentence(e, label)).toBe(sentence)
  })
})
