import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLayout, metrics, OUTSIDE_LANE } from '../../src/core/index.ts'
import { labelWidth } from '../../src/graph/glyph-place.ts'
import type { NodeInput } from '../../src/core/index.ts'
import type { Layout, NodeBox, NodeKind } from '../../src/core/types.ts'
import { brokenInvariants } from './invariants.ts'
import { loadLibrary, scenarioFiles } from './library.ts'
import { edgeGeometry } from '../../src/graph/geometry.ts'

const RUNS = Number(process.env['HATRACK_FC_RUNS'] ?? 100)

const ACCOUNTS = ['111111111111', '222222222222', '333333333333']
const KINDS: readonly NodeKind[] = [
  'root',
  'user',
  'group',
  'role',
  'session',
  'service',
  'provider',
  'resource',
  'instanceProfile',
  'trustAnchor',
  'rolesAnywhereProfile',
  'cliProfile',
  'anonymous',
  'endpoint',
]

/** Random nodes: sessions name one of the roles (or none), accounts may be undeclared. */
const nodesArbitrary = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      account: fc.option(fc.constantFrom(...ACCOUNTS, '999999999999'), { nil: undefined }),
      // Up to names as long as the library's longest, so that columns are spaced by names.
      label: fc.string({ maxLength: 30 }),
      role: fc.nat(20),
    }),
    { maxLength: 40 },
  )
  .map((raw): NodeInput[] => {
    const roles = raw.flatMap((entry, index) => (entry.kind === 'role' ? [`node-${index}`] : []))
    return raw.map((entry, index) => {
      const role = roles.length === 0 ? undefined : roles[entry.role % (roles.length + 1)]
      return {
        id: `node-${index}`,
        kind: entry.kind,
        label: entry.label,
        ...(entry.account === undefined ? {} : { accountId: entry.account }),
        ...(entry.kind === 'session' && role !== undefined ? { role } : {}),
        firstStep: 0,
      }
    })
  })

const accountsArbitrary = fc
  .subarray(ACCOUNTS, { minLength: 1 })
  .map((ids) => ids.map((id) => ({ id, label: `a${id.slice(0, 1)}` })))

function layoutProblems(layout: Layout): string[] {
  return brokenInvariants({
    trace: { steps: [] } as never,
    layout,
    frames: [],
    captions: [],
    chapters: [],
    log: [],
  })
}

describe('computeLayout', () => {
  it('places every node inside its lane, none overlapping, the same way every time', () => {
    fc.assert(
      fc.property(nodesArbitrary, accountsArbitrary, (nodes, accounts) => {
        const layout = computeLayout(nodes, accounts)
        expect(layoutProblems(layout)).toEqual([])
        expect(layout.nodes).toHaveLength(nodes.length)
        expect(computeLayout(nodes, accounts)).toEqual(layout)
      }),
      { numRuns: RUNS },
    )
  })

  it('keeps the declared order of accounts, with the outside lane last and only when needed', () => {
    fc.assert(
      fc.property(nodesArbitrary, accountsArbitrary, (nodes, accounts) => {
        const layout = computeLayout(nodes, accounts)
        const lanes = layout.lanes.map((lane) => lane.accountId ?? OUTSIDE_LANE)
        const outside = layout.nodes.some((node) => node.lane === OUTSIDE_LANE)
        expect(lanes).toEqual([...accounts.map((a) => a.id), ...(outside ? [OUTSIDE_LANE] : [])])
        for (const node of layout.nodes)
          if (node.kind === 'service' || node.kind === 'provider' || node.kind === 'anonymous')
            expect(node.lane).toBe(OUTSIDE_LANE)
      }),
      { numRuns: RUNS },
    )
  })

  it('puts a session beside its role: right of it, on the role’s rows', () => {
    fc.assert(
      fc.property(nodesArbitrary, accountsArbitrary, (nodes, accounts) => {
        const layout = computeLayout(nodes, accounts)
        const boxes = new Map(layout.nodes.map((box) => [box.id, box]))
        for (const input of nodes) {
          if (input.kind !== 'session' || input.role === undefined) continue
          const session = boxes.get(input.id)
          const role = boxes.get(input.role)
          if (session === undefined || role === undefined || session.lane !== role.lane) continue
          if (session.lane === OUTSIDE_LANE) continue
          expect(session.x).toBeGreaterThan(role.x)
          expect(session.y).toBeGreaterThanOrEqual(role.y)
          const below = layout.nodes.filter(
            (other) => other.kind === 'role' && other.lane === role.lane && other.y > role.y,
          )
          for (const other of below) expect(session.y).toBeLessThan(other.y)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('does not depend on the order of the nodes of other lanes', () => {
    fc.assert(
      fc.property(nodesArbitrary, accountsArbitrary, (nodes, accounts) => {
        const first = accounts[0]?.id
        const mine = nodes.filter((node) => node.accountId === first && node.kind !== 'service')
        const others = nodes.filter((node) => !mine.includes(node))
        const a = computeLayout([...mine, ...others], accounts)
        const b = computeLayout([...mine, ...[...others].reverse()], accounts)
        const lane = `lane:${first}`
        expect(a.nodes.filter((n) => n.lane === lane)).toEqual(
          b.nodes.filter((n) => n.lane === lane),
        )
      }),
      { numRuns: RUNS },
    )
  })
})

/** How large `layout` is drawn on the stage it is shaped for. */
function stageScale(layout: Layout): number {
  const { width, height, most } = metrics.stage
  return Math.min(width / layout.width, height / layout.height, most)
}

/** `count` nodes of `kind` in account 111111111111, named `name-0`, `name-1`, … */
function many(kind: NodeKind, count: number, name: string = kind): NodeInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${name}-${index}`,
    kind,
    label: `${name}-${index}`,
    accountId: '111111111111',
    firstStep: 0,
  }))
}

const ONE_ACCOUNT = [{ id: '111111111111', label: 'main' }]

describe('the compact layout', () => {
  it('wraps a tall column of users into two, three deep, when that draws them larger', () => {
    const layout = computeLayout(many('user', 6), ONE_ACCOUNT)
    const columns = new Set(layout.nodes.map((node) => node.x))
    const rows = new Set(layout.nodes.map((node) => node.y))
    expect(columns.size).toBe(2)
    expect(rows.size).toBe(3)
    // Unwrapped, six rows deep, it would be drawn smaller on the stage it is shaped for.
    const deep = metrics.laneTop + 6 * metrics.rowHeight + metrics.laneBottom
    expect(stageScale(layout)).toBeGreaterThan(Math.min(metrics.stage.height / deep, 1.25))
  })

  it('keeps a column beside roles as deep as the roles before it wraps', () => {
    const nodes = [...many('user', 4), ...many('role', 4)]
    const layout = computeLayout(nodes, ONE_ACCOUNT)
    const users = layout.nodes.filter((node) => node.kind === 'user')
    expect(new Set(users.map((node) => node.x)).size).toBe(1)
  })

  it('keeps a lane where it is when another lane’s wrapped column is reordered', () => {
    // Found in review: the wrapped columns were each as wide as their own names, so which of a
    // lane's users came second moved every other lane.
    const accounts = [
      { id: '111111111111', label: 'a' },
      { id: '222222222222', label: 'b' },
    ]
    const lane = (account: string, nodes: NodeInput[]) =>
      nodes.map((node) => ({ ...node, id: `${account}:${node.id}`, accountId: account }))
    const mine = lane('111111111111', [...many('user', 1, 'x'), ...many('role', 1, 'r')])
    const theirs = lane('222222222222', [
      ...many('user', 5),
      ...many('user', 1, 'AVeryLongUserName-number-one'),
    ])
    const a = computeLayout([...mine, ...theirs], accounts)
    const b = computeLayout([...mine, ...[...theirs].reverse()], accounts)
    const inMine = (layout: Layout) => layout.nodes.filter((n) => n.lane === 'lane:111111111111')
    expect(new Set(b.nodes.filter((n) => n.kind === 'user').map((n) => n.x)).size).toBe(2)
    expect(inMine(b)).toEqual(inMine(a))
  })

  it('leaves out the columns no lane uses', () => {
    const layout = computeLayout([...many('user', 2), ...many('resource', 2)], ONE_ACCOUNT)
    expect(new Set(layout.nodes.map((node) => node.x)).size).toBe(2)
    expect(layout.width).toBeLessThan(860)
  })

  it('spaces neighbouring columns by their names, spreading them only to fill the stage', () => {
    fc.assert(
      fc.property(nodesArbitrary, accountsArbitrary, (nodes, accounts) => {
        const layout = computeLayout(nodes, accounts)
        // The accounts' columns (and, below them, the outside lane's grid): a band of the
        // outside lane on the left has columns of its own.
        const band = layout.lanes.find((lane) => lane.id === OUTSIDE_LANE && lane.x === 0)
        const beside =
          band !== undefined && layout.lanes.length > 1 && band.height === layout.height
        const gridded = layout.nodes.filter((node) => !(beside && node.lane === OUTSIDE_LANE))
        const columns = [...new Set(gridded.map((node) => node.x))].sort((a, b) => a - b)
        for (let i = 1; i < columns.length; i++) {
          const pitch = (columns[i] ?? 0) - (columns[i - 1] ?? 0)
          expect(pitch).toBeGreaterThanOrEqual(metrics.minPitch - 1)
          const widest = (x: number | undefined) =>
            Math.max(
              ...gridded
                .filter((node) => node.x === x)
                .map((node) => Math.max(2 * node.r, labelWidth(node.kind, node.label))),
            )
          const tight = Math.max(
            metrics.minPitch,
            widest(columns[i - 1]) / 2 + widest(columns[i]) / 2 + metrics.gap,
          )
          // Wider than the names need only up to the spread, and only while the layout is drawn
          // as large as its height allows: spreading costs it no size.
          if (pitch > tight + 1) {
            expect(pitch).toBeLessThanOrEqual(metrics.spreadPitch + 1)
            const { width, height, most } = metrics.stage
            const byHeight = Math.min(height / layout.height, most)
            expect(stageScale(layout)).toBeGreaterThanOrEqual(byHeight * 0.995)
            expect(width / layout.width).toBeGreaterThanOrEqual(byHeight * 0.995)
          }
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('draws library scenarios larger than the fixed four-column layout did', () => {
    // Sizes of the layout before this one (four columns across 860 units, rows 76 deep).
    const before: Readonly<Record<string, readonly [number, number]>> = {
      '01-why-iam.yaml': [860, 500],
      '02-first-role.yaml': [860, 272],
      '04-cloudformation-service-role.yaml': [860, 482],
      '11-cross-account.yaml': [860, 616],
    }
    for (const [file, [width, height]] of Object.entries(before)) {
      const { layout } = loadLibrary(file).frames
      const old = stageScale({ width, height, lanes: [], nodes: [] })
      expect(stageScale(layout), file).toBeGreaterThanOrEqual(old * 1.1)
    }
  })
})

describe('the layout of a scenario', () => {
  it('gives each session the row of its role and stacks a role’s sessions', () => {
    const { layout } = loadLibrary('09-session-duration.yaml').frames
    const role = layout.nodes.find((node) => node.kind === 'role')
    const sessions = layout.nodes.filter((node) => node.kind === 'session')
    expect(sessions.length).toBeGreaterThanOrEqual(4)
    const rows = sessions.map((session) => session.y).sort((a, b) => a - b)
    expect(rows[0]).toBe(role?.y)
    expect(new Set(sessions.map((session) => session.x)).size).toBe(1)
    expect(new Set(rows).size).toBe(rows.length)
  })

  it('adds an endpoint node for a request whose resource is no entity', () => {
    const { frames, layout } = loadLibrary('02-first-role.yaml').frames
    const endpoint = layout.nodes.find((node) => node.id === 'endpoint:iam')
    expect(endpoint).toMatchObject({ kind: 'endpoint', accountId: '123456789012' })
    expect(frames[0]?.call?.to).toBe('endpoint:iam')
  })

  it('draws services, providers and the anonymous caller outside any account', () => {
    const { layout } = loadLibrary('07-web-identity.yaml').frames
    const outside = layout.nodes.filter((node) => node.lane === OUTSIDE_LANE).map((n) => n.id)
    expect(outside).toContain('anonymous')
    expect(outside).toContain('cognito-identity.amazonaws.com')
    expect(layout.lanes.at(-1)?.label).toBe('Outside any account')
  })

  it('places a CLI profile in the lane of the account it acts in', () => {
    const { layout } = loadLibrary('03-cli.yaml').frames
    const profile = layout.nodes.find((node) => node.id === 'profile:default')
    expect(profile).toMatchObject({ lane: 'lane:123456789012', kind: 'cliProfile' })
  })

  it.each(scenarioFiles)('draws no lasting edge of %s through a node', (file) => {
    // Trust relations, requests, sessions and assume calls bow around the nodes in their way.
    // A denial shares its pair's bow (so that it keeps its distance from the other kinds
    // between the same two nodes), which may leave it touching a node: never more often than
    // without the bows.
    const { layout, frames } = loadLibrary(file).frames
    const boxes = new Map(layout.nodes.map((box) => [box.id, box]))
    const through = (curve: ReturnType<typeof edgeGeometry>, a: NodeBox, b: NodeBox) =>
      layout.nodes.some(
        (node) =>
          node !== a &&
          node !== b &&
          Array.from({ length: 23 }, (_, i) => curve.at((i + 1) / 24)).some(
            (p) => Math.hypot(p.x - node.x, p.y - node.y) < node.r,
          ),
      )
    let denials = 0
    let plainDenials = 0
    const seen = new Set<string>()
    for (const frame of frames)
      for (const edge of frame.edges) {
        const a = boxes.get(edge.from)
        const b = boxes.get(edge.to)
        if (a === undefined || b === undefined || seen.has(edge.id)) continue
        seen.add(edge.id)
        const bowed = through(edgeGeometry(a, b, edge.kind, layout.nodes), a, b)
        if (edge.kind !== 'denial') expect(bowed, edge.id).toBe(false)
        else {
          denials += bowed ? 1 : 0
          plainDenials += through(edgeGeometry(a, b, edge.kind), a, b) ? 1 : 0
        }
      }
    expect(denials).toBeLessThanOrEqual(plainDenials)
  })

  it('gives two accounts two lanes, in the order the scenario declares them', () => {
    const { layout } = loadLibrary('11-cross-account.yaml').frames
    expect(layout.lanes.slice(0, 2).map((lane) => lane.label)).toEqual([
      'prod (111111111111)',
      'uat (222222222222)',
    ])
  })
})
