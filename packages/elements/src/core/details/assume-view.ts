/**
 * What `<hatrack-graph>` draws: who can assume what after a step. Its layout is computed once
 * over every role and principal any analysis along the trace names, so nodes keep their place
 * from step to step; the edges are the `trust` edges of the analysis after the step.
 */
import { trustEdges } from '../frames/trust-edges.ts'
import { computeLayout } from '../layout/layout.ts'
import type { NodeInput } from '../layout/node-input.ts'
import type { AccountInput } from '../layout/trace-nodes.ts'
import type { TrustTimeline } from '../trust/timeline.ts'
import type { AssumeView, Layout, NodeBox } from '../types.ts'

/** `assumeView(step)` for a trace's analysis; `labels` gives the trace's names for node ids. */
export function assumeViews(
  timeline: TrustTimeline,
  accounts: readonly AccountInput[],
  labels: ReadonlyMap<string, string>,
): (step: number) => AssumeView {
  let layout: Layout | undefined
  let boxes: ReadonlyMap<string, NodeBox> | undefined
  const views = new Map<number, AssumeView>()
  return (step) => {
    if (layout === undefined || boxes === undefined) {
      const nodes = new Map<string, NodeInput>()
      for (const snapshot of timeline.snapshots())
        for (const node of snapshot.nodes)
          if (!nodes.has(node.id))
            nodes.set(node.id, { ...node, label: labels.get(node.id) ?? node.label, firstStep: 0 })
      layout = computeLayout([...nodes.values()], accounts)
      boxes = new Map(layout.nodes.map((box) => [box.id, box]))
    }
    const snapshot = timeline.at(step)
    const key = timeline.snapshots().indexOf(snapshot)
    let view = views.get(key)
    if (view === undefined) {
      view = { layout, edges: trustEdges(snapshot, boxes) }
      views.set(key, view)
    }
    return view
  }
}
