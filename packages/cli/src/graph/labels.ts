/** The text drawn on nodes and edges: the analysis's words, without their Markdown backticks. */
import type { GraphEdge } from './view.ts'

/** `text` for display: backticks dropped. */
export function plainLabel(text: string): string {
  return text.replace(/`/g, '')
}

/** An edge's label: its reason, and "role chaining" for an edge from a role's sessions. */
export function edgeLabel(edge: GraphEdge): string {
  return plainLabel(edge.chaining ? `${edge.reason}; role chaining` : edge.reason)
}
