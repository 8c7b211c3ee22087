/**
 * The account-lanes layout: deterministic, computed once over every node of a trace, so nodes
 * never jump between steps. One horizontal lane per account, in the order the scenario declares
 * them, and one lane "Outside any account" (services, identity providers, the anonymous caller,
 * accounts the scenario does not declare) when something lives there. Inside an account lane,
 * columns by kind: principals left (root, users, groups, CLI profiles), roles in the centre with
 * their sessions beside them (several sessions of one role stacked), resources, endpoints,
 * instance profiles and Roles Anywhere nodes right. The outside lane is a grid on the same
 * columns. One node per cell: nothing overlaps and every node sits inside its lane.
 */
import type { LaneBox, Layout, NodeBox, NodeKind } from '../types.ts'
import { nodeRadius } from '../../graph/shapes.ts'
import type { NodeInput } from './node-input.ts'
import type { AccountInput } from './trace-nodes.ts'

/** The geometry of the layout, in SVG user units. */
export const metrics = {
  /** Centre x of the four columns: principals, roles, sessions, resources. */
  columns: [110, 330, 530, 740] as const,
  width: 860,
  rowHeight: 76,
  /** Room above the first row for the lane's label. */
  laneTop: 34,
  laneBottom: 10,
  laneGap: 14,
} as const

/** The id of the lane of things outside any account. */
export const OUTSIDE_LANE = 'lane:outside'

const drawOrder: readonly NodeKind[] = [
  'root',
  'user',
  'group',
  'cliProfile',
  'anonymous',
  'provider',
  'service',
  'role',
  'session',
  'resource',
  'instanceProfile',
  'trustAnchor',
  'rolesAnywhereProfile',
  'endpoint',
]

const rank = (kind: NodeKind): number => drawOrder.indexOf(kind)

const column: Readonly<Record<NodeKind, 0 | 1 | 2 | 3>> = {
  root: 0,
  user: 0,
  group: 0,
  cliProfile: 0,
  anonymous: 0,
  provider: 0,
  service: 0,
  role: 1,
  session: 2,
  resource: 3,
  instanceProfile: 3,
  trustAnchor: 3,
  rolesAnywhereProfile: 3,
  endpoint: 3,
}

const outsideKinds: ReadonlySet<NodeKind> = new Set(['service', 'provider', 'anonymous'])

/** The lane id of a node, given the account lanes. */
function laneOf(node: NodeInput, accounts: ReadonlySet<string>): string {
  if (outsideKinds.has(node.kind) || node.accountId === undefined) return OUTSIDE_LANE
  return accounts.has(node.accountId) ? `lane:${node.accountId}` : OUTSIDE_LANE
}

interface Cell {
  readonly node: NodeInput
  readonly column: number
  readonly row: number
}

/** Stable sort by kind (draw order), then by the input order. */
function byKind(nodes: readonly NodeInput[]): NodeInput[] {
  return nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => rank(a.node.kind) - rank(b.node.kind) || a.index - b.index)
    .map((entry) => entry.node)
}

/** Cells of an account lane: columns by kind, each session on its role's rows. */
function accountCells(nodes: readonly NodeInput[]): Cell[] {
  const cells: Cell[] = []
  const sorted = byKind(nodes)
  let left = 0
  let right = 0
  for (const node of sorted) {
    if (column[node.kind] === 0) cells.push({ node, column: 0, row: left++ })
    else if (column[node.kind] === 3) cells.push({ node, column: 3, row: right++ })
  }
  const sessions = sorted.filter((node) => node.kind === 'session')
  const placed = new Set<string>()
  let row = 0
  for (const role of sorted.filter((node) => node.kind === 'role')) {
    cells.push({ node: role, column: 1, row })
    const own = sessions.filter((session) => session.role === role.id)
    own.forEach((session, index) => {
      cells.push({ node: session, column: 2, row: row + index })
      placed.add(session.id)
    })
    row += Math.max(1, own.length)
  }
  for (const session of sessions)
    if (!placed.has(session.id)) cells.push({ node: session, column: 2, row: row++ })
  return cells
}

/** Cells of the outside lane: a grid on the four columns. */
function outsideCells(nodes: readonly NodeInput[]): Cell[] {
  const width = metrics.columns.length
  return byKind(nodes).map((node, index) => ({
    node,
    column: index % width,
    row: Math.floor(index / width),
  }))
}

/** Places `nodes` in lanes: one per account of `accounts`, in order, then the outside lane. */
export function computeLayout(
  nodes: readonly NodeInput[],
  accounts: readonly AccountInput[],
): Layout {
  const accountIds = new Set(accounts.map((account) => account.id))
  const members = new Map<string, NodeInput[]>()
  for (const node of nodes) {
    const lane = laneOf(node, accountIds)
    const list = members.get(lane)
    if (list === undefined) members.set(lane, [node])
    else list.push(node)
  }
  const order: { id: string; label: string; accountId?: string }[] = accounts.map((account) => ({
    id: `lane:${account.id}`,
    label: `${account.label} (${account.id})`,
    accountId: account.id,
  }))
  if (members.has(OUTSIDE_LANE)) order.push({ id: OUTSIDE_LANE, label: 'Outside any account' })

  const lanes: LaneBox[] = []
  const boxes: { box: NodeBox; lane: number }[] = []
  let y = 0
  order.forEach((lane, laneIndex) => {
    const inside = members.get(lane.id) ?? []
    const cells = lane.id === OUTSIDE_LANE ? outsideCells(inside) : accountCells(inside)
    const rows = Math.max(1, ...cells.map((cell) => cell.row + 1))
    const height = metrics.laneTop + rows * metrics.rowHeight + metrics.laneBottom
    lanes.push({
      id: lane.id,
      ...(lane.accountId === undefined ? {} : { accountId: lane.accountId }),
      label: lane.label,
      x: 0,
      y,
      width: metrics.width,
      height,
    })
    for (const cell of cells) {
      const { node } = cell
      boxes.push({
        lane: laneIndex,
        box: {
          id: node.id,
          kind: node.kind,
          label: node.label,
          ...(node.accountId === undefined ? {} : { accountId: node.accountId }),
          lane: lane.id,
          x: metrics.columns[cell.column] ?? 0,
          y: y + metrics.laneTop + cell.row * metrics.rowHeight + metrics.rowHeight / 2,
          r: nodeRadius(node.kind),
        },
      })
    }
    y += height + metrics.laneGap
  })
  boxes.sort(
    (a, b) =>
      a.lane - b.lane ||
      rank(a.box.kind) - rank(b.box.kind) ||
      compare(a.box.label, b.box.label) ||
      compare(a.box.id, b.box.id),
  )
  return {
    width: metrics.width,
    height: Math.max(0, y - metrics.laneGap),
    lanes,
    nodes: boxes.map((entry) => entry.box),
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
