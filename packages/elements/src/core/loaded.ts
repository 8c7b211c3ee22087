/**
 * A loaded scenario as the components use it: its frames, computed at once, and on demand the
 * details of a node, the policies a decision names and the who-can-assume view at any step, all
 * read from the model's worlds (one replay per step asked for, kept).
 */
import type { World } from '@hatrack/model'
import type { Scenario, Trace } from '@hatrack/scenario'
import { assumeViews } from './details/assume-view.ts'
import { decisionPolicies } from './details/decision-policies.ts'
import { nodeDetails } from './details/node-details.ts'
import { buildFrames } from './frames/build-frames.ts'
import { trustTimeline } from './trust/timeline.ts'
import type { Loaded, PolicyView } from './types.ts'
import { worldCache } from './worlds.ts'

/** What the replay gave. */
export interface Replayed {
  readonly source: string
  readonly fileName?: string
  readonly scenario: Scenario
  readonly trace: Trace
  /** The world after the last step. */
  readonly world: World
}

/** The {@link Loaded} of a replayed scenario. */
export function createLoaded(replayed: Replayed): Loaded {
  const { scenario, trace } = replayed
  const worldAfter = worldCache(scenario, replayed.world, trace)
  const timeline = trustTimeline(trace, worldAfter)
  const frames = buildFrames(trace, { trust: timeline })
  const boxes = new Map(frames.layout.nodes.map((box) => [box.id, box]))
  const labels = new Map(frames.layout.nodes.map((box) => [box.id, box.label]))
  const accounts = frames.layout.lanes.flatMap((lane) =>
    lane.accountId === undefined
      ? []
      : [{ id: lane.accountId, label: lane.label.replace(/ \(\d{12}\)$/, '') }],
  )
  const assumeView = assumeViews(timeline, accounts, labels)
  const policies = new Map<number, readonly PolicyView[]>()
  return {
    source: replayed.source,
    ...(replayed.fileName === undefined ? {} : { fileName: replayed.fileName }),
    frames,
    nodeDetails(id, step) {
      const box = boxes.get(id)
      return box === undefined ? undefined : nodeDetails(worldAfter(step), scenario, box)
    },
    decisionPolicies(step) {
      const traceStep = trace.steps[step]
      if (traceStep === undefined) return []
      let views = policies.get(step)
      if (views === undefined) {
        views = decisionPolicies(traceStep, worldAfter(step - 1))
        policies.set(step, views)
      }
      return views
    },
    assumeView,
  }
}
