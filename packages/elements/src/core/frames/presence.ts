/**
 * Which nodes exist at each step, and which ones the step changed. A node appears at its first
 * step; a `delete` change removes it and a `create` change brings it back (a user deleted and
 * re-created keeps its node); a session appears at the step that created it.
 */
import type { Trace } from '@hatrack/scenario'
import type { NodeInput } from '../layout/node-input.ts'

/** For each step: the nodes present once it has run, and the nodes it changed. */
export interface Presence {
  readonly present: readonly ReadonlySet<string>[]
  readonly changed: readonly ReadonlySet<string>[]
}

/** The presence of `nodes` along `trace`. */
export function presence(trace: Trace, nodes: readonly NodeInput[]): Presence {
  const known = new Set(nodes.map((node) => node.id))
  const bySteps = (step: (node: NodeInput) => number | undefined) => {
    const at = new Map<number, string[]>()
    for (const node of nodes) {
      const index = step(node)
      if (index === undefined) continue
      const list = at.get(index)
      if (list === undefined) at.set(index, [node.id])
      else list.push(node.id)
    }
    return at
  }
  const appearing = bySteps((node) => node.firstStep)
  const leaving = bySteps((node) => node.lastStep)
  const alive = new Set<string>()
  const present: Set<string>[] = []
  const changed: Set<string>[] = []
  trace.steps.forEach((step, index) => {
    for (const id of appearing.get(index) ?? []) alive.add(id)
    const touched = new Set<string>()
    for (const change of step.changes) {
      if (!known.has(change.entity)) continue
      touched.add(change.entity)
      if (change.op === 'delete') alive.delete(change.entity)
      else alive.add(change.entity)
    }
    for (const created of step.sessions.created) {
      if (!known.has(created.entity)) continue
      touched.add(created.entity)
      alive.add(created.entity)
    }
    for (const id of leaving.get(index) ?? []) alive.delete(id)
    present.push(new Set(alive))
    changed.push(touched)
  })
  return { present, changed }
}
