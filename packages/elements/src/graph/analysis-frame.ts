/**
 * The who-can-assume analysis as something `GraphView.show` draws: every node of its layout
 * present, its edges, no call.
 */
import type { AssumeView, FrameNode } from '../core/types.ts'
import type { FrameView } from './graph-view.ts'

/** A frame view of `view`: all its nodes present and unchanged, its edges, no call. */
export function analysisFrame(view: AssumeView): FrameView {
  const nodes: Record<string, FrameNode> = {}
  for (const node of view.layout.nodes)
    nodes[node.id] = { id: node.id, present: true, changed: false }
  return { nodes, edges: view.edges }
}
