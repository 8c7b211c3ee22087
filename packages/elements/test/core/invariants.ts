/** The invariants every set of frames keeps, as one checker shared by the core's tests. */
import type { Frames, LaneBox, NodeBox } from '../../src/core/types.ts'
import { labelRect, type Rect } from '../../src/graph/glyph-place.ts'

const meet = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

const laneRect = (lane: LaneBox): Rect => ({ x: lane.x, y: lane.y, w: lane.width, h: lane.height })

/** The square around a node's shape. */
const shapeRect = (box: NodeBox): Rect => ({
  x: box.x - box.r,
  y: box.y - box.r,
  w: 2 * box.r,
  h: 2 * box.r,
})

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
  // Names (estimated from their length, as the layout spaces them) never run into another name
  // or shape, nor out of their lane's sides.
  const names = layout.nodes.map((box) => ({ box, name: labelRect(box) }))
  for (const { box, name } of names) {
    const lane = lanes.get(box.lane)
    if (lane !== undefined && (name.x < lane.x || name.x + name.w > lane.x + lane.width))
      problems.push(`the name of ${box.id} runs out of ${lane.id}`)
    if (lane !== undefined && name.y + name.h > lane.y + lane.height)
      problems.push(`the name of ${box.id} runs under ${lane.id}`)
    for (const other of names) {
      if (other.box === box) continue
      if (meet(name, other.name) && other.box.id > box.id)
        problems.push(`the names of ${box.id} and ${other.box.id} meet`)
      if (meet(name, shapeRect(other.box)))
        problems.push(`the name of ${box.id} runs into ${other.box.id}`)
    }
  }
  for (let i = 0; i < layout.lanes.length; i++)
    for (let j = i + 1; j < layout.lanes.length; j++) {
      const a = layout.lanes[i]
      const b = layout.lanes[j]
      if (a !== undefined && b !== undefined && meet(laneRect(a), laneRect(b)))
        problems.push(`${a.id} overlaps ${b.id}`)
    }
  for (const lane of layout.lanes)
    if (
      lane.x < 0 ||
      lane.y < 0 ||
      lane.x + lane.width > layout.width + 0.5 ||
      lane.y + lane.height > layout.height + 0.5
    )
      problems.push(`${lane.id} sticks out of the layout`)
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
