/** The graph as JSON: the view itself, with a format name and version, keys in a fixed order. */
import type { GraphView } from './view.ts'

/** The graph as JSON text (two-space indent), ending with a newline. */
export function toGraphJson(view: GraphView): string {
  const document = {
    format: 'hatrack-graph',
    version: 1,
    title: view.title,
    at: view.at,
    nodes: view.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: node.label,
      ...(node.accountId === undefined ? {} : { accountId: node.accountId }),
    })),
    edges: view.edges.map((edge) => ({
      from: edge.from,
      to: edge.to,
      action: edge.action,
      reason: edge.reason,
      conditional: edge.conditional,
      crossAccount: edge.crossAccount,
      chaining: edge.chaining,
      requires: edge.requires.map((requirement) => ({
        kind: requirement.kind,
        key: requirement.key,
        value: requirement.value,
        description: requirement.description,
      })),
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
