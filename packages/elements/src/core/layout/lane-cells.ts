/**
 * The cells of an account lane: its nodes grouped by column (principals, roles with their
 * sessions, resources) and placed in rows, with the principals and resources wrapped into two
 * columns when asked. `layout.ts` weighs the ways of wrapping and turns cells into boxes.
 */
import type { NodeKind } from '../types.ts'
import { labelWidth } from '../../graph/glyph-place.ts'
import { nodeRadius } from '../../graph/shapes.ts'
import { metrics } from './metrics.ts'
import type { NodeInput } from './node-input.ts'

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

export const rank = (kind: NodeKind): number => drawOrder.indexOf(kind)

/** The column group of each kind in an account lane. */
type Group = 'principals' | 'roles' | 'sessions' | 'resources'

const groupOf: Readonly<Record<NodeKind, Group>> = {
  root: 'principals',
  user: 'principals',
  group: 'principals',
  cliProfile: 'principals',
  anonymous: 'principals',
  provider: 'principals',
  service: 'principals',
  role: 'roles',
  session: 'sessions',
  resource: 'resources',
  instanceProfile: 'resources',
  trustAnchor: 'resources',
  rolesAnywhereProfile: 'resources',
  endpoint: 'resources',
}

/**
 * The columns an account lane may use, left to right: principals (a second column when they
 * wrap), roles, sessions, resources (a second column when they wrap).
 */
export const SLOTS = [
  'principals',
  'principals+',
  'roles',
  'sessions',
  'resources',
  'resources+',
] as const
export type Slot = (typeof SLOTS)[number]

/** A node's place in an account lane: a column slot and a row. */
export interface Cell {
  readonly node: NodeInput
  readonly slot: Slot
  readonly row: number
}

/** Stable sort by kind (draw order), then by the input order. */
export function byKind(nodes: readonly NodeInput[]): NodeInput[] {
  return nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => rank(a.node.kind) - rank(b.node.kind) || a.index - b.index)
    .map((entry) => entry.node)
}

/** An account lane's nodes by column group, and the rows its roles and their sessions take. */
export interface AccountGroups {
  readonly principals: readonly NodeInput[]
  readonly resources: readonly NodeInput[]
  readonly roles: readonly { readonly role: NodeInput; readonly sessions: readonly NodeInput[] }[]
  /** Sessions whose role is not in the lane. */
  readonly loose: readonly NodeInput[]
  /** Rows of the roles block: each role as many as its sessions (at least one), then the loose. */
  readonly roleRows: number
}

export function groupsOf(nodes: readonly NodeInput[]): AccountGroups {
  const sorted = byKind(nodes)
  const sessions = sorted.filter((node) => groupOf[node.kind] === 'sessions')
  const placed = new Set<string>()
  const roles = sorted
    .filter((node) => groupOf[node.kind] === 'roles')
    .map((role) => {
      const own = sessions.filter((session) => session.role === role.id)
      for (const session of own) placed.add(session.id)
      return { role, sessions: own }
    })
  const loose = sessions.filter((session) => !placed.has(session.id))
  return {
    principals: sorted.filter((node) => groupOf[node.kind] === 'principals'),
    resources: sorted.filter((node) => groupOf[node.kind] === 'resources'),
    roles,
    loose,
    roleRows:
      roles.reduce((sum, entry) => sum + Math.max(1, entry.sessions.length), 0) + loose.length,
  }
}

/** Whether a column of `count` nodes wraps into two beside a roles block of `roleRows` rows. */
export function wraps(count: number, roleRows: number): boolean {
  return count > Math.max(metrics.wrapAfter, roleRows)
}

/**
 * Cells of an account lane: columns by kind, each session on its role's rows, principals and
 * resources filling their first column down to the lane's depth before the second.
 */
export function accountCells(groups: AccountGroups, wrap: Wrap) {
  const depth = (count: number, wrapped: boolean) => Math.ceil(count / (wrapped ? 2 : 1))
  const rows = Math.max(
    1,
    groups.roleRows,
    depth(groups.principals.length, wrap.principals),
    depth(groups.resources.length, wrap.resources),
  )
  const cells: Cell[] = []
  groups.principals.forEach((node, index) => {
    const slot = index < rows ? 'principals' : 'principals+'
    cells.push({ node, slot, row: index % rows })
  })
  let row = 0
  for (const { role, sessions } of groups.roles) {
    cells.push({ node: role, slot: 'roles', row })
    sessions.forEach((session, index) => {
      cells.push({ node: session, slot: 'sessions', row: row + index })
    })
    row += Math.max(1, sessions.length)
  }
  for (const session of groups.loose) cells.push({ node: session, slot: 'sessions', row: row++ })
  groups.resources.forEach((node, index) => {
    const slot = index < rows ? 'resources' : 'resources+'
    cells.push({ node, slot, row: index % rows })
  })
  return { cells, rows }
}

/** The room a node takes across: its shape or its name, the wider. */
export function across(node: NodeInput): number {
  return Math.max(2 * nodeRadius(node.kind), labelWidth(node.kind, node.label))
}

/** Which of the principals and resources columns wrap into two. */
export interface Wrap {
  readonly principals: boolean
  readonly resources: boolean
}
