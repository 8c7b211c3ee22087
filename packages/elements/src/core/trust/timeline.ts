/**
 * The analysis along a trace: computed before the first step and again after each step that
 * changed the world (`changes` not empty); every other step reuses the last one. Also the
 * principals only the analysis names (a service or provider a trust policy names, an account
 * outside the scenario), as extra nodes for the layout, present from the step that first shows
 * them.
 */
import type { World } from '@hatrack/model'
import type { Trace } from '@hatrack/scenario'
import type { NodeInput } from '../layout/node-input.ts'
import { trustSnapshot, type TrustSnapshot } from './snapshot.ts'

/** The analysis at every step of a trace. */
export interface TrustTimeline {
  /** The analysis after `step` (-1: before the first step). */
  at(step: number): TrustSnapshot
  /** Every analysis made, in step order (-1 first). */
  snapshots(): readonly TrustSnapshot[]
  /** Nodes the analysis names that are not among `known`. */
  extraNodes(known: ReadonlySet<string>): NodeInput[]
}

/** Analyses the worlds of `trace`: `worldAfter(step)` gives the world after a step (-1: before). */
export function trustTimeline(trace: Trace, worldAfter: (step: number) => World): TrustTimeline {
  const snapshots = new Map<number, TrustSnapshot>([[-1, trustSnapshot(worldAfter(-1))]])
  const latest: number[] = []
  let last = -1
  trace.steps.forEach((step, index) => {
    if (step.changes.length > 0) {
      snapshots.set(index, trustSnapshot(worldAfter(index)))
      last = index
    }
    latest.push(last)
  })
  const at = (step: number): TrustSnapshot => {
    const clamped = Math.min(step, latest.length - 1)
    const key = clamped < 0 ? -1 : (latest[clamped] ?? -1)
    const snapshot = snapshots.get(key) ?? snapshots.get(-1)
    if (snapshot === undefined) throw new Error('the initial analysis is missing')
    return snapshot
  }
  const ordered = () => [...snapshots].sort((a, b) => a[0] - b[0])
  return {
    at,
    snapshots: () => ordered().map(([, snapshot]) => snapshot),
    extraNodes(known) {
      const extra = new Map<string, NodeInput>()
      for (const [step, snapshot] of ordered()) {
        const linked = new Set(snapshot.links.flatMap((link) => [link.from, link.to]))
        for (const node of snapshot.nodes) {
          if (known.has(node.id) || extra.has(node.id) || !linked.has(node.id)) continue
          extra.set(node.id, { ...node, firstStep: Math.max(0, step) })
        }
      }
      return [...extra.values()]
    },
  }
}
