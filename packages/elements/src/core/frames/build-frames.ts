/**
 * Every frame of a trace: the layout over every node that ever appears, the chapters and the
 * log are computed at once; each frame — which nodes exist at its step (sessions with their time
 * to live), the edges (trust from the analysis, sessions tied to their roles, the sessions'
 * `assume` edges, this step's request or denial), the call that travels, the caption, the
 * chapter and how far the log has grown — is made the first time it is read, then kept
 * (`lazyList`): a player draws its first frame without building every other one first.
 */
import type { SessionView, Trace, TraceStep } from '@hatrack/scenario'
import { computeLayout } from '../layout/layout.ts'
import { traceNodes } from '../layout/trace-nodes.ts'
import type { TrustSnapshot } from '../trust/snapshot.ts'
import type { TrustTimeline } from '../trust/timeline.ts'
import type { Chapter, Frame, FrameEdge, FrameNode, Frames, LogEntry, NodeBox } from '../types.ts'
import { assumeRecords } from './assume-edges.ts'
import { stepCall } from './call.ts'
import { caption } from './caption.ts'
import { lazyList } from './lazy-list.ts'
import { makeEdge } from './edge.ts'
import { logEntry, logged } from './log.ts'
import { presence } from './presence.ts'
import { sessionClock } from './session-clock.ts'
import { trustEdges } from './trust-edges.ts'

/** How to build frames. */
export interface FrameOptions {
  /** The analysis along the trace; without it, frames have no `trust` edges. */
  readonly trust?: TrustTimeline
}

function chaptersOf(trace: Trace): Chapter[] {
  const chapters: Chapter[] = []
  trace.steps.forEach((step, index) => {
    if (step.chapter !== undefined) chapters.push({ title: step.chapter, step: index })
  })
  return chapters
}

function sessionEdges(boxes: ReadonlyMap<string, NodeBox>, roles: ReadonlyMap<string, string>) {
  const edges = new Map<string, FrameEdge>()
  for (const [session, role] of roles)
    edges.set(
      session,
      makeEdge('session', session, role, boxes, { label: `session of ${boxes.get(role)?.label}` }),
    )
  return edges
}

/** The frames of `trace`. */
export function buildFrames(trace: Trace, options: FrameOptions = {}): Frames {
  const known = new Set(trace.entities.map((entity) => entity.id))
  const extra = options.trust?.extraNodes(known) ?? []
  const found = traceNodes(trace, extra)
  const layout = computeLayout(found.nodes, found.accounts)
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]))
  const label = (id: string) => boxes.get(id)?.label
  const { present, changed } = presence(trace, found.nodes)
  const records = assumeRecords(trace, found.actors, boxes)
  const views = new Map<string, SessionView>()
  for (const step of trace.steps)
    for (const created of step.sessions.created) views.set(created.entity, created)
  const roles = new Map<string, string>()
  for (const node of found.nodes)
    if (node.kind === 'session' && node.role !== undefined && boxes.has(node.role))
      roles.set(node.id, node.role)
  const sessions = sessionEdges(boxes, roles)
  const trustMemo = new Map<TrustSnapshot, FrameEdge[]>()

  const log: LogEntry[] = []
  const logLengths: number[] = []
  const chapterAt: (string | undefined)[] = []
  const chapters = chaptersOf(trace)
  let chapter: string | undefined
  trace.steps.forEach((step, index) => {
    if (step.chapter !== undefined) chapter = step.chapter
    chapterAt.push(chapter)
    const actor = found.actors[index]
    if (logged(step))
      log.push(logEntry(step, index, actor === undefined ? step.actor?.label : label(actor)))
    logLengths.push(log.length)
  })

  const captions = trace.steps.map((step, index) => caption(step, found.targets[index], label))

  const frameAt = (index: number, step: TraceStep): Frame => {
    const chapter = chapterAt[index]
    const actor = found.actors[index]
    const target = found.targets[index]
    const here = present[index] ?? new Set<string>()
    const created = records.filter((record) => record.step === index)
    const call = stepCall(step, actor, target, created, boxes)

    const nodes: Record<string, FrameNode> = {}
    for (const box of layout.nodes) {
      const view = views.get(box.id)
      const clock =
        view === undefined || !here.has(box.id) ? undefined : sessionClock(step.at, view.expiresAt)
      const part =
        call?.call.from === box.id || actor === box.id
          ? 'actor'
          : call?.call.to === box.id
            ? 'target'
            : undefined
      nodes[box.id] = {
        id: box.id,
        present: here.has(box.id),
        ...(clock === undefined ? {} : { status: clock.status, ttl: clock.ttl }),
        ...(view === undefined ? {} : { expiresAt: view.expiresAt }),
        ...(part === undefined ? {} : { part }),
        changed: changed[index]?.has(box.id) ?? false,
      }
    }

    const edges = new Map<string, FrameEdge>()
    const add = (edge: FrameEdge) => {
      const shown = edge.current || (here.has(edge.from) && here.has(edge.to))
      if (shown && !edges.has(edge.id)) edges.set(edge.id, edge)
    }
    const snapshot = options.trust?.at(index)
    if (snapshot !== undefined) {
      let trust = trustMemo.get(snapshot)
      if (trust === undefined) {
        trust = trustEdges(snapshot, boxes)
        trustMemo.set(snapshot, trust)
      }
      trust.forEach(add)
    }
    for (const [session, edge] of sessions) if (here.has(session)) add(edge)
    for (const record of records) if (record.step <= index) add(record.edge)
    if (call !== undefined) {
      // The call is drawn last, on top, and replaces its persistent twin (an `assume` edge).
      edges.delete(call.edge.id)
      edges.set(call.edge.id, call.edge)
    }

    return {
      index,
      step,
      ...(chapter === undefined ? {} : { chapter }),
      caption: captions[index] ?? '',
      nodes,
      edges: [...edges.values()],
      ...(call === undefined ? {} : { call: call.call }),
      logLength: logLengths[index] ?? log.length,
    }
  }
  const steps = trace.steps
  const frames = lazyList(steps.length, (index) => frameAt(index, steps[index] as TraceStep))
  return { trace, layout, frames, captions, chapters, log }
}
