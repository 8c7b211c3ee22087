/**
 * The account-lanes layout: deterministic, computed once over every node of a trace, so nodes
 * never jump between steps. One horizontal lane per account, in the order the scenario declares
 * them, and one lane "Outside any account" (services, identity providers, the anonymous caller,
 * accounts the scenario does not declare) when something lives there. Inside an account lane,
 * columns by kind: principals left (root, users, groups, CLI profiles), roles in the centre with
 * their sessions beside them (several sessions of one role stacked), resources, endpoints,
 * instance profiles and Roles Anywhere nodes right. The outside lane is a grid on the same
 * columns under the accounts, or a band left of them, whichever is drawn larger. One node per
 * cell: nothing overlaps and every node sits inside its lane.
 *
 * The layout is as compact as its names allow, because the player fits it to a stage of a few
 * hundred pixels and every unit of empty space shrinks the names drawn in it:
 * - a column no lane uses is left out, and each column is as wide as its longest name, so two
 *   neighbours' names never meet (`labelWidth`, an estimate from the name's length);
 * - a principals or resources column much taller than the roles beside it may wrap into two, so
 *   a lane of six users is three rows deep, not six;
 * - rows are as tall as a node with its name and a session's time to live.
 * Every lane shares the columns, so a kind sits at the same x in every account.
 */
import type { LaneBox, Layout, NodeBox, NodeKind } from '../types.ts'
import { nodeRadius } from '../../graph/shapes.ts'
import {
  accountCells,
  across,
  byKind,
  groupsOf,
  rank,
  SLOTS,
  wraps,
  type AccountGroups,
  type Cell,
  type Slot,
  type Wrap,
} from './lane-cells.ts'
import { metrics } from './metrics.ts'
import type { NodeInput } from './node-input.ts'
import type { AccountInput } from './trace-nodes.ts'

export { metrics } from './metrics.ts'

/** The id of the lane of things outside any account. */
export const OUTSIDE_LANE = 'lane:outside'

const OUTSIDE_LABEL = 'Outside any account'

/** The room a lane's label takes across, from the lane's left side, with the margin after it. */
function laneLabelRoom(label: string): number {
  const width = label.length * metrics.laneLabelSize * metrics.laneLabelEm
  return metrics.laneLabelX + width + metrics.margin
}

const outsideKinds: ReadonlySet<NodeKind> = new Set(['service', 'provider', 'anonymous'])

/** The lane id of a node, given the account lanes. */
function laneOf(node: NodeInput, accounts: ReadonlySet<string>): string {
  if (outsideKinds.has(node.kind) || node.accountId === undefined) return OUTSIDE_LANE
  return accounts.has(node.accountId) ? `lane:${node.accountId}` : OUTSIDE_LANE
}

/** The choices {@link computeLayout} weighs, the plainest first (it wins a tie). */
const WRAPS: readonly Wrap[] = [
  { principals: false, resources: false },
  { principals: true, resources: false },
  { principals: false, resources: true },
  { principals: true, resources: true },
]

/** How large a layout is drawn on the reference stage (at most `metrics.stage.most`). */
function fitScale(layout: Layout): number {
  const { width, height, most } = metrics.stage
  return Math.min(width / layout.width, height / layout.height, most)
}

/**
 * Places `nodes` in lanes: one per account of `accounts`, in order, then the outside lane.
 * Principals and resources columns taller than the roles beside them may wrap into two: of the
 * ways that are allowed, the one drawn largest on the reference stage (`metrics.stage`) wins.
 */
export function computeLayout(
  nodes: readonly NodeInput[],
  accounts: readonly AccountInput[],
): Layout {
  const lanes = prepare(nodes, accounts)
  const places: readonly OutsideAt[] =
    lanes.outside.length > 0 && lanes.groups.size > 0 ? ['below', 'left'] : ['below']
  let best: Layout | undefined
  let bestScale = 0
  for (const at of places)
    for (const wrap of WRAPS) {
      // A column wraps only where it is deeper than `metrics.wrapAfter` rows and than the roles
      // beside it (`wraps`): a short column stays one, however that would draw.
      const needless =
        (wrap.principals && !lanes.wraps.principals) || (wrap.resources && !lanes.wraps.resources)
      if (needless) continue
      const layout = arrange(lanes, wrap, at)
      const scale = fitScale(layout)
      if (best === undefined || scale > bestScale + 1e-9) {
        best = layout
        bestScale = scale
      }
    }
  // The plain way (below, nothing wrapped) is always weighed, so there is a best.
  return best as Layout
}

/** The lanes of a layout, their nodes grouped: what every way of wrapping shares. */
interface Lanes {
  readonly order: readonly { readonly id: string; readonly label: string; accountId?: string }[]
  readonly groups: ReadonlyMap<string, AccountGroups>
  /** The outside lane's nodes, by kind. */
  readonly outside: readonly NodeInput[]
  /** Which columns some lane may wrap. */
  readonly wraps: Wrap
}

function prepare(nodes: readonly NodeInput[], accounts: readonly AccountInput[]): Lanes {
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
  if (members.has(OUTSIDE_LANE)) order.push({ id: OUTSIDE_LANE, label: OUTSIDE_LABEL })
  const groups = new Map<string, AccountGroups>()
  for (const lane of order)
    if (lane.id !== OUTSIDE_LANE) groups.set(lane.id, groupsOf(members.get(lane.id) ?? []))
  let principals = false
  let resources = false
  for (const group of groups.values()) {
    principals ||= wraps(group.principals.length, group.roleRows)
    resources ||= wraps(group.resources.length, group.roleRows)
  }
  const outside = byKind(members.get(OUTSIDE_LANE) ?? [])
  return { order, groups, outside, wraps: { principals, resources } }
}

/** Where the lane of things outside any account goes: under the accounts, or left of them. */
type OutsideAt = 'below' | 'left'

/**
 * The layout with the columns `wrap` asks for and the outside lane `at` its place. Whether a
 * column wraps is decided over all the account lanes, so that the lanes keep the same columns.
 * Below, the outside lane is a grid on the accounts' columns; left, a band as tall as the
 * accounts, of one column (two when one would be taller than they are).
 */
function arrange({ order, groups, outside }: Lanes, wrap: Wrap, at: OutsideAt): Layout {
  const placed = new Map<string, { cells: Cell[]; rows: number }>()
  for (const [id, group] of groups) placed.set(id, accountCells(group, wrap))
  const below = at === 'below' || placed.size === 0

  // The columns: the slots some account lane uses, then, below, as many more as the outside
  // lane's grid needs (up to three across).
  const used = new Set<Slot>()
  for (const { cells } of placed.values()) for (const cell of cells) used.add(cell.slot)
  const slots = SLOTS.filter((slot) => used.has(slot))
  const gridWidth = Math.max(1, slots.length, below ? Math.min(outside.length, 3) : 0)
  const need = Array.from({ length: gridWidth }, () => 0)
  const slotIndex = new Map(slots.map((slot, index) => [slot, index]))
  for (const { cells } of placed.values())
    for (const cell of cells) {
      const index = slotIndex.get(cell.slot) ?? 0
      need[index] = Math.max(need[index] ?? 0, across(cell.node))
    }
  // The two columns of a wrapped group take the room of its widest node, whichever of them it
  // lands in: the columns then do not depend on the order of a lane's nodes.
  for (const [one, two] of [
    ['principals', 'principals+'],
    ['resources', 'resources+'],
  ] as const) {
    const first = slotIndex.get(one)
    const second = slotIndex.get(two)
    if (first === undefined || second === undefined) continue
    const room = Math.max(need[first] ?? 0, need[second] ?? 0)
    need[first] = room
    need[second] = room
  }
  // The outside lane's columns take room for its widest node, whichever column that lands in:
  // the columns then do not depend on the order of its nodes.
  const outsideRoom = Math.max(0, ...outside.map(across))
  if (below)
    for (let column = 0; column < Math.min(outside.length, gridWidth); column++)
      need[column] = Math.max(need[column] ?? 0, outsideRoom)
  // Centre to centre, each pair of neighbours as close as their names allow.
  const pitches = need.slice(1).map((room, index) => {
    const previous = need[index] ?? 0
    return Math.max(metrics.minPitch, previous / 2 + room / 2 + metrics.gap)
  })
  const rowsOf = (laneId: string): number =>
    laneId === OUTSIDE_LANE
      ? Math.max(1, Math.ceil(outside.length / gridWidth))
      : Math.max(1, placed.get(laneId)?.rows ?? 0)
  const laneHeight = (laneId: string): number =>
    metrics.laneTop + rowsOf(laneId) * metrics.rowHeight + metrics.laneBottom
  const stacked = order.filter((lane) => below || lane.id !== OUTSIDE_LANE)
  const stackHeight =
    stacked.reduce((total, lane) => total + laneHeight(lane.id), 0) +
    Math.max(0, stacked.length - 1) * metrics.laneGap

  // Left: the band's columns and size.
  const bandRows = Math.max(
    1,
    Math.floor((stackHeight - metrics.laneTop - metrics.laneBottom) / metrics.rowHeight),
  )
  const bandColumns = !below && outside.length > bandRows ? 2 : 1
  const bandDepth = Math.max(1, Math.ceil(outside.length / bandColumns))
  const bandPitch = Math.max(metrics.minPitch, outsideRoom + metrics.gap)
  const bandXs = [metrics.margin + outsideRoom / 2, metrics.margin + outsideRoom / 2 + bandPitch]
  const bandWidth = below
    ? 0
    : Math.ceil(
        Math.max(
          (bandXs[bandColumns - 1] ?? 0) + outsideRoom / 2 + metrics.margin,
          laneLabelRoom(OUTSIDE_LABEL),
        ),
      )
  const offset = below ? 0 : bandWidth + metrics.laneGap
  const height = below
    ? stackHeight
    : Math.max(stackHeight, metrics.laneTop + bandDepth * metrics.rowHeight + metrics.laneBottom)

  const first = need[0] ?? 0
  const last = need[need.length - 1] ?? 0
  const natural = metrics.margin + first / 2 + sum(pitches) + last / 2 + metrics.margin
  // A layout narrower than the reference stage's shape at its height would leave the stage's
  // sides empty: its columns spread apart (up to `metrics.spreadPitch`), giving edges and the
  // calls' words room, and the layout is drawn no smaller for it.
  const room = (height * metrics.stage.width) / metrics.stage.height - offset - natural
  if (room > 0 && pitches.length > 0) {
    const each = room / pitches.length
    pitches.forEach((pitch, index) => {
      pitches[index] = Math.max(pitch, Math.min(pitch + each, metrics.spreadPitch))
    })
  }
  const xs = [metrics.margin + first / 2]
  for (const pitch of pitches) xs.push((xs[xs.length - 1] ?? 0) + pitch)
  const stackWidth = Math.ceil(
    Math.max(
      metrics.minWidth,
      (xs[xs.length - 1] ?? 0) + last / 2 + metrics.margin,
      ...stacked.map((lane) => laneLabelRoom(lane.label)),
    ),
  )

  const lanes: LaneBox[] = []
  const boxes: { box: NodeBox; lane: number }[] = []
  const place = (node: NodeInput, laneIndex: number, laneId: string, x: number, y: number) => {
    boxes.push({
      lane: laneIndex,
      box: {
        id: node.id,
        kind: node.kind,
        label: node.label,
        ...(node.accountId === undefined ? {} : { accountId: node.accountId }),
        lane: laneId,
        x: Math.round(x),
        y,
        r: nodeRadius(node.kind),
      },
    })
  }
  const rowY = (top: number, row: number) =>
    top + metrics.laneTop + row * metrics.rowHeight + metrics.rowHeight / 2
  let y = 0
  order.forEach((lane, laneIndex) => {
    const box = {
      id: lane.id,
      ...(lane.accountId === undefined ? {} : { accountId: lane.accountId }),
    }
    if (lane.id === OUTSIDE_LANE && !below) {
      lanes.push({ ...box, label: lane.label, x: 0, y: 0, width: bandWidth, height })
      outside.forEach((node, index) => {
        const column = Math.floor(index / bandDepth)
        place(node, laneIndex, lane.id, bandXs[column] ?? 0, rowY(0, index % bandDepth))
      })
      return
    }
    const inAccount = placed.get(lane.id)
    const cells =
      inAccount?.cells.map((cell) => ({
        node: cell.node,
        column: slotIndex.get(cell.slot) ?? 0,
        row: cell.row,
      })) ??
      outside.map((node, index) => ({
        node,
        column: index % gridWidth,
        row: Math.floor(index / gridWidth),
      }))
    const laneBox = laneHeight(lane.id)
    lanes.push({ ...box, label: lane.label, x: offset, y, width: stackWidth, height: laneBox })
    for (const cell of cells)
      place(cell.node, laneIndex, lane.id, offset + (xs[cell.column] ?? 0), rowY(y, cell.row))
    y += laneBox + metrics.laneGap
  })
  boxes.sort(
    (a, b) =>
      a.lane - b.lane ||
      rank(a.box.kind) - rank(b.box.kind) ||
      compare(a.box.label, b.box.label) ||
      compare(a.box.id, b.box.id),
  )
  return {
    width: offset + stackWidth,
    height,
    lanes,
    nodes: boxes.map((entry) => entry.box),
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
