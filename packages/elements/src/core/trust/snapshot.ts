/**
 * Who can assume what in one world, as the elements draw it: the model's analysis
 * (`analyzeAssumeRoles`) reduced to nodes and edges (`assumeGraphEdges`), each edge with what
 * the call must carry in words ("MFA", "external id"). Principal ids become node ids: an account
 * outside the world (a trust policy naming `arn:aws:iam::444455556666:root`) is drawn as that
 * account's root node; a role's sessions are the role's node (role chaining).
 */
import {
  analyzeAssumeRoles,
  assumeGraphEdges,
  type ConditionKind,
  type World,
} from '@hatrack/model'
import type { NodeKind } from '../types.ts'

/** A principal or role of the analysis. */
export interface TrustNode {
  readonly id: string
  readonly kind: NodeKind
  readonly label: string
  readonly accountId?: string
}

/** A direct edge of the analysis: `from` can assume the role `to`. */
export interface TrustLink {
  readonly from: string
  readonly to: string
  readonly action: string
  /** "trust names the user; MFA required". */
  readonly label: string
  readonly conditional: boolean
  readonly requires: readonly string[]
  readonly crossAccount: boolean
  /** Whether `from` is a role whose sessions assume `to`. */
  readonly chaining: boolean
}

/** The analysis of one world. */
export interface TrustSnapshot {
  readonly nodes: readonly TrustNode[]
  readonly links: readonly TrustLink[]
}

const requirementWords: Readonly<Record<ConditionKind, string>> = {
  mfa: 'MFA',
  externalId: 'external id',
  sourceIp: 'source IP',
  tag: 'session tags',
  sourceIdentity: 'source identity',
  time: 'time window',
  providerClaim: 'token claims',
  sessionName: 'session name',
  principal: 'caller attributes',
  other: 'a condition',
}

/** The node id of an analysis principal: an account id becomes its root's ARN. */
export function analysisNodeId(id: string): string {
  return /^\d{12}$/.test(id) ? `arn:aws:iam::${id}:root` : id
}

function nodeOf(node: ReturnType<typeof assumeGraphEdges>['nodes'][number]): TrustNode {
  const account = node.accountId === undefined ? {} : { accountId: node.accountId }
  switch (node.kind) {
    case 'externalAccount':
      return {
        id: analysisNodeId(node.id),
        kind: 'root',
        label: `account ${node.id}`,
        accountId: node.id,
      }
    case 'federated':
      return { id: node.id, kind: 'provider', label: node.id, ...account }
    case 'service':
      return { id: node.id, kind: 'service', label: node.id }
    default:
      return { id: node.id, kind: node.kind, label: node.label, ...account }
  }
}

/** Who can assume what in `world`: every role, and every principal that can assume one. */
export function trustSnapshot(world: World): TrustSnapshot {
  // Direct edges only: the elements draw each hop (a role's sessions assuming the next role is
  // an edge from that role) and find paths through them themselves.
  const graph = analyzeAssumeRoles(world, { chains: false })
  const drawn = assumeGraphEdges(graph)
  const roles = new Set(graph.roles.map((role) => role.arn))
  const nodes = drawn.nodes.map(nodeOf)
  for (const role of graph.roles)
    if (!drawn.nodes.some((node) => node.id === role.arn))
      nodes.push({ id: role.arn, kind: 'role', label: role.name, accountId: role.accountId })
  const links = graph.edges.map((edge, index): TrustLink => {
    const words = [
      ...new Set(edge.requires.map((requirement) => requirementWords[requirement.kind])),
    ]
    return {
      from: analysisNodeId(edge.principal),
      to: edge.role,
      action: edge.action,
      label: edge.reason,
      conditional: edge.requires.length > 0,
      requires: words,
      crossAccount: edge.crossAccount,
      chaining: drawn.edges[index]?.chaining ?? roles.has(edge.principal),
    }
  })
  return { nodes, links }
}
