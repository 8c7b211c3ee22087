import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLayout, OUTSIDE_LANE } from '../../src/core/index.ts'
import type { NodeInput } from '../../src/core/index.ts'
import type { Layout, NodeKind } from '../../src/core/types.ts'
import { brokenInvariants } from './invariants.ts'
import { loadLibrary } from './library.ts'

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
      label: fc.string({ maxLength: 6 }),
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

  it('gives two accounts two lanes, in the order the scenario declares them', () => {
    const { layout } = loadLibrary('11-cross-account.yaml').frames
    expect(layout.lanes.slice(0, 2).map((lane) => lane.label)).toEqual([
      'prod (111111111111)',
      'uat (222222222222)',
    ])
  })
})
