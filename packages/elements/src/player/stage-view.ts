/**
 * The player's stage as a Lit template: the graph's SVG (the graph view draws inside its `<g>`)
 * and the table beside or instead of it, the caption on the picture (the step's narration over
 * hidden copies of the longest ones, which give the box its height: `caption-fit.ts`; or what
 * the page puts in the `caption` slot), the prediction question overlaid when one is open,
 * and the notice or help overlay the element passes in. Also the text of the `role="status"`
 * region, which announces each step, or a question, once.
 */
import { html, nothing, type TemplateResult } from 'lit'
import { narration } from '../text/index.ts'
import { captionSpacers } from './caption-fit.ts'
import { checkpointTemplate, questionAnnouncement } from './checkpoint-view.ts'
import { stepAnnouncement } from './plain-caption.ts'
import type { PlayerEngine } from './player-engine.ts'
import type { PlayerView } from './transport.ts'

/** What the stage shows. */
export interface StageModel {
  readonly engine: PlayerEngine
  /** The element's `alt`. */
  readonly alt: string
  readonly view: PlayerView
  /** The theme told to the table. */
  readonly theme: 'light' | 'dark'
  /** The loading or error notice, and the help overlay, when they show. */
  readonly overlays: readonly (TemplateResult | typeof nothing)[]
  /** The reader picked a choice of the open question. */
  answer(choice: number): void
  /** The reader asked to run the answered question's step. */
  run(): void
}

/** The stage: a focusable region holding the picture, its caption and overlays. */
export function stageTemplate(m: StageModel): TemplateResult {
  const { engine: e, view } = m
  const loaded = e.loaded
  const frame = e.frame
  const question = e.question
  const title = loaded?.frames.trace.scenario.title
  const layout = loaded?.frames.layout
  return html`<div class="stage" tabindex="0" aria-label=${m.alt || title || 'Scenario player'}>
    <div class="panes ${view === 'split' ? 'split' : ''}">
      <svg
        class="graph"
        part="graph"
        role="group"
        aria-label=${m.alt || title || 'Scenario graph'}
        viewBox="0 0 ${layout?.width ?? 1000} ${layout?.height ?? 600}"
        ?hidden=${view === 'table'}
      >
        <g></g>
      </svg>
      ${
        e.isLoaded && loaded && view !== 'graph'
          ? html`<div class="table-pane">
              <hatrack-table
                part="table"
                theme=${m.theme}
                .frames=${loaded.frames}
                .step=${e.context.step}
              ></hatrack-table>
            </div>`
          : nothing
      }
    </div>
    <div class="caption ${frame ? '' : 'blank'}" part="caption">
      <slot name="caption"
        >${(loaded ? captionSpacers(loaded.frames.captions) : []).map(
          (text) => html`<div class="spacer" aria-hidden="true">${narration(text)}</div>`,
        )}
        <div class="narration">${frame ? narration(frame.caption) : nothing}</div></slot
      >
    </div>
    ${question ? checkpointTemplate({ question, answer: m.answer, run: m.run }) : nothing}
    ${m.overlays}
  </div>`
}

/** What the status region says: the open question, else the current step, else nothing. */
export function statusText(engine: PlayerEngine): string {
  const question = engine.question
  const stepCount = engine.context.stepCount
  if (question !== undefined) return questionAnnouncement(question, stepCount)
  const frame = engine.frame
  return frame === undefined ? '' : stepAnnouncement(frame, stepCount)
}
