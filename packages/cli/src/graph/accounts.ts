/** Grouping a graph's nodes by account, for the subgraphs (mermaid) and clusters (dot). */
import type { RenderNode } from '@hatrack/model'

/** The nodes of each account, in order of first appearance, and the nodes of no account. */
export function byAccount(nodes: readonly RenderNode[]): {
  readonly accounts: readonly {
    readonly accountId: string
    readonly nodes: readonly RenderNode[]
  }[]
  readonly outside: readonly RenderNode[]
} {
  const groups = new Map<string, RenderNode[]>()
  const outside: RenderNode[] = []
  for (const node of nodes) {
    // An external account's node stands for the account itself: it is drawn outside the boxes.
    if (node.accountId === undefined || node.kind === 'externalAccount') {
      outside.push(node)
      continue
    }
    const group = groups.get(node.accountId) ?? []
    group.push(node)
    groups.set(node.accountId, group)
  }
  return {
    accounts: [...groups].map(([accountId, members]) => ({ accountId, nodes: members })),
    outside,
  }
}
