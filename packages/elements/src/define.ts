/**
 * Registers every Hatrack element under its tag, once: importing this module
 * (`@hatrack/elements/define`) is all a page needs before using the tags. A tag another copy
 * of the package already registered is left as it is, so two bundles on one page do not clash.
 */
import { HatrackChallenge } from './components/hatrack-challenge.ts'
import { HatrackGraph } from './components/hatrack-graph.ts'
import { HatrackPlayer } from './components/hatrack-player.ts'
import { HatrackProgress } from './components/hatrack-progress.ts'
import { HatrackSandbox } from './components/hatrack-sandbox.ts'
import {
  HatrackDecision,
  HatrackDetails,
  HatrackLog,
  HatrackPolicy,
  HatrackTable,
} from './panels/index.ts'
import { HatrackEditor } from './tutorial/editor/hatrack-editor.ts'

/** Each tag and its class: the four public elements, then the player's own panels. */
const elements: readonly (readonly [string, CustomElementConstructor])[] = [
  ['hatrack-player', HatrackPlayer],
  ['hatrack-graph', HatrackGraph],
  ['hatrack-policy', HatrackPolicy],
  ['hatrack-decision', HatrackDecision],
  ['hatrack-log', HatrackLog],
  ['hatrack-table', HatrackTable],
  ['hatrack-details', HatrackDetails],
  // The tutorial (issue 6): challenges, the sandbox, a course's progress, and their editor.
  ['hatrack-challenge', HatrackChallenge],
  ['hatrack-sandbox', HatrackSandbox],
  ['hatrack-progress', HatrackProgress],
  ['hatrack-editor', HatrackEditor],
]

/** Defines every tag not defined yet in `registry` (the page's by default). Safe to call again. */
export function defineHatrackElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of elements)
    if (registry.get(tag) === undefined) registry.define(tag, element)
}

defineHatrackElements()
