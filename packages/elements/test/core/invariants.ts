/** The invariants every set of frames keeps, as one checker shared by the core's tests. */
import type { Frames } from '../../src/core/types.ts'

/** The broken invariants of `frames`, as sentences (empty when it is sound). */
export function brokenInvariants(frames: Frames): string[] {
  const problems: string[] = []
  const { layout } = frames
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]))
  const lanes = new Map(layout.lanes.map((lane) => [lane.id, lane]))
  if (boxes.size !== layout.nodes.length) problems.push('two nodes share an id')
  for (const box of layout.nodes) {
    const lane = lanes.get(box.lane)
    if (lane === undefined) {
      problems.push(`${box.id} is in no lane`)
      continue
    }
    const inside =
      box.x - box.r >= lane.x &&
      box.x + box.r <= lane.x + lane.width &&
      box.y - box.r >= lane.y &&
      box.y + box.r <= lane.y + lane.height
    if (!inside) problems.push(`${box.id} sticks out of ${lane.id}`)
  }
  for (let i = 0; i < layout.nodes.length; i++)
    for (let j = i + 1; j < layout.nodes.length; j++) {
      const a = layout.nodes[i]
      const b = layout.nodes[j]
      if (a === undefined || b === undefined) continue
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) problems.push(`${a.id} overlaps ${b.id}`)
    }
  const sortedLanes = [...layout.lanes].sort((a, b) => a.y - b.y)
  for (let i = 1; i < sortedLanes.length; i++) {
    const above = sortedLanes[i - 1]
    const below = sortedLanes[i]
    if (above !== undefined && below !== undefined && above.y + above.height > below.y)
      problems.push(`${above.id} overlaps ${below.id}`)
  }
  if (frames.frames.length !== frames.trace.steps.length) problems.push('one frame per step')
  for (const frame of frames.frames) {
    const ids = new Set<string>()
    for (const node of layout.nodes)
      if (frame.nodes[node.id] === undefined) problems.push(`frame ${frame.index} lacks ${node.id}`)
    for (const edge of frame.edges) {
      if (ids.has(edge.id)) problems.push(`frame ${frame.index} has ${edge.id} twice`)
      ids.add(edge.id)
      if (!boxes.has(edge.from) || !boxes.has(edge.to))
        problems.push(`frame ${frame.index}: ${edge.id} has an end outside the layout`)
      if (edge.id !== `${edge.kind}:${edge.from}->${edge.to}`)
        problems.push(`frame ${frame.index}: ${edge.id} is not KIND:FROM->TO`)
    }
    const call = frame.call
    if (call !== undefined) {
      const edge = frame.edges.find((candidate) => candidate.id === call.edge)
      if (edge === undefined) problems.push(`frame ${frame.index}: its call's edge is missing`)
      else if (!edge.current || edge.from !== call.from || edge.to !== call.to)
        problems.push(`frame ${frame.index}: its call's edge is not the current one`)
    }
    const current = frame.edges.filter((edge) => edge.current)
    if (current.length > (call === undefined ? 0 : 1))
      problems.push(`frame ${frame.index}: more current edges than calls`)
    if (frame.logLength > frames.log.length) problems.push(`frame ${frame.index}: log too long`)
  }
  return problems
}
