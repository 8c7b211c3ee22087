/**
 * What the panel tests share: real decisions from library scenarios (loaded and replayed here,
 * as the player would), policy views made from the scenario's own documents, and the tags
 * defined once (component files define nothing).
 */
/// <reference types="vite/client" />
import { load, replay, type Scenario, type Trace, type TraceStep } from '@hatrack/scenario'
import { buildFrames } from '../../src/core/frames/build-frames.ts'
import type { Frames, PolicyView } from '../../src/core/types.ts'
import {
  HatrackDecision,
  HatrackDetails,
  HatrackLog,
  HatrackPolicy,
  HatrackTable,
} from '../../src/panels/index.ts'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import guardrails from '../../../../scenarios/15-guardrails.yaml?raw'

const tags = {
  'hatrack-decision': HatrackDecision,
  'hatrack-policy': HatrackPolicy,
  'hatrack-log': HatrackLog,
  'hatrack-table': HatrackTable,
  'hatrack-details': HatrackDetails,
} as const

/** Defines the panels' tags (once per page). */
export function definePanels(): void {
  for (const [tag, element] of Object.entries(tags))
    if (customElements.get(tag) === undefined) customElements.define(tag, element)
}

/** A replayed library scenario. */
export interface Replayed {
  readonly scenario: Scenario
  readonly trace: Trace
  step(id: string): TraceStep
}

function replayText(text: string, fileName: string): Replayed {
  const loaded = load(text, { fileName })
  if (!loaded.ok) throw new Error(`${fileName} does not load: ${loaded.issues[0]?.message}`)
  const trace = replay(loaded.scenario)
  return {
    scenario: loaded.scenario,
    trace,
    step(id) {
      const found = trace.steps.find((step) => step.id === id)
      if (found === undefined) throw new Error(`no step ${id} in ${fileName}`)
      return found
    },
  }
}

/** 02-first-role.yaml, replayed. */
export const firstRoleScenario = (): Replayed => replayText(firstRole, '02-first-role.yaml')
/** 15-guardrails.yaml, replayed. */
export const guardrailsScenario = (): Replayed => replayText(guardrails, '15-guardrails.yaml')

/** The frames of a replayed scenario. */
export function framesOf(replayed: Replayed): Frames {
  return buildFrames(replayed.trace)
}

function text(input: string | object): string {
  return typeof input === 'string' ? input : JSON.stringify(input, null, 2)
}

/** A user's inline policy as the panels get it (`inline:NAME`). */
export function inlinePolicy(replayed: Replayed, user: string, name: string): PolicyView {
  const found = replayed.scenario.users
    .find((candidate) => candidate.key === user)
    ?.inline.find((policy) => policy.name === name)
  if (found === undefined) throw new Error(`no inline policy ${name} on ${user}`)
  return { name: `inline:${name}`, kind: 'inline', text: text(found.document.input) }
}

/** A role's trust policy as the panels get it (`ROLE trust policy`). */
export function trustPolicy(replayed: Replayed, role: string): PolicyView {
  const found = replayed.scenario.roles.find((candidate) => candidate.key === role)
  if (found === undefined) throw new Error(`no role ${role}`)
  return {
    name: `${found.name} trust policy`,
    kind: 'trust',
    arn: found.arn,
    text: text(found.trust.input),
  }
}

/** Creates `tag`, sets its properties, adds it to the page and waits for its first render. */
export async function mount<K extends keyof typeof tags>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]> {
  definePanels()
  const element = document.createElement(tag)
  Object.assign(element, properties)
  document.body.replaceChildren(element)
  await element.updateComplete
  return element
}

/** The element's shadow root (the panels all have one). */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot
  if (root === null) throw new Error(`${element.localName} has no shadow root`)
  return root
}

/** Collapses runs of white space, for comparing rendered text. */
export function words(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim()
}
