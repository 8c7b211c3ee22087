/**
 * What the layout places: one node per entity of the trace that the graph draws (accounts,
 * policies and the organization are not nodes: accounts are lanes), the API endpoints requests
 * went to, and the principals only the analysis names (a service, an identity provider, an
 * account outside the scenario).
 */
import type { EntityKind, EntityView } from '@hatrack/scenario'
import type { NodeKind } from '../types.ts'

/** A node before it is placed. */
export interface NodeInput {
  readonly id: string
  readonly kind: NodeKind
  readonly label: string
  /** The account it belongs to; its lane unless it is drawn outside accounts. */
  readonly accountId?: string
  /** Sessions: their role's node id. */
  readonly role?: string
  /** The first step it exists at. */
  readonly firstStep: number
  /** The step that deleted it for good. */
  readonly lastStep?: number
}

const kinds: Readonly<Record<EntityKind, NodeKind | undefined>> = {
  account: undefined,
  policy: undefined,
  organization: undefined,
  root: 'root',
  user: 'user',
  group: 'group',
  role: 'role',
  session: 'session',
  service: 'service',
  provider: 'provider',
  resource: 'resource',
  instanceProfile: 'instanceProfile',
  trustAnchor: 'trustAnchor',
  rolesAnywhereProfile: 'rolesAnywhereProfile',
  cliProfile: 'cliProfile',
  anonymous: 'anonymous',
}

/** The node kind of an entity kind, or `undefined` for what is no node (accounts, policies). */
export function nodeKindOf(kind: EntityKind): NodeKind | undefined {
  return kinds[kind]
}

/** An entity as a node input, or `undefined` when it is no node. */
export function entityNode(entity: EntityView, accountId?: string): NodeInput | undefined {
  const kind = nodeKindOf(entity.kind)
  if (kind === undefined) return undefined
  const account = accountId ?? entity.accountId
  return {
    id: entity.id,
    kind,
    label: entity.label,
    ...(account === undefined ? {} : { accountId: account }),
    ...(entity.role === undefined ? {} : { role: entity.role }),
    firstStep: entity.firstStep,
    ...(entity.lastStep === undefined ? {} : { lastStep: entity.lastStep }),
  }
}
