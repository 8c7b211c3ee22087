/**
 * The side column beside the stage: the decision panel of the current step (when it has a
 * decision) above the request log so far, or a node's details on demand with a Close button.
 * Plain data in; the panels are the internal elements `hatrack-decision`, `hatrack-log` and
 * `hatrack-details`, told the player's light or dark mode.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Frame, Loaded } from '../core/types.ts'
import type { PlayerEngine } from './player-engine.ts'

/** What the side column shows. */
export interface SideModel {
  readonly loaded: Loaded
  readonly frame: Frame | undefined
  readonly step: number
  /** The node whose details are open. */
  readonly details: string | undefined
  readonly theme: 'light' | 'dark'
  closeDetails(): void
}

function detailsTemplate(m: SideModel, id: string): TemplateResult {
  const details = m.loaded.nodeDetails(id, m.step)
  return html`<aside class="side" part="details" aria-label="Details">
    <div class="side-inner">
      <div class="details-head">
        <h3>Details</h3>
        <button type="button" class="details-close" @click=${m.closeDetails}>Close</button>
      </div>
      ${
        details === undefined
          ? html`<p>No details for this node at this step.</p>`
          : html`<hatrack-details theme=${m.theme} .details=${details}></hatrack-details>`
      }
    </div>
  </aside>`
}

/** The side column for `m`. */
export function sideTemplate(m: SideModel): TemplateResult {
  if (m.details !== undefined) return detailsTemplate(m, m.details)
  const { frame, loaded, step, theme } = m
  const decision = frame?.step.decision
  return html`<aside class="side" aria-label="Decision and request log">
    <div class="side-inner">
      ${
        decision === undefined
          ? nothing
          : html`<hatrack-decision
              part="decision"
              theme=${theme}
              compact
              .decision=${decision}
              .policies=${loaded.decisionPolicies(step)}
              .message=${frame?.step.outcome.message}
            ></hatrack-decision>`
      }
      <hatrack-log
        part="log"
        theme=${theme}
        .entries=${loaded.frames.log.slice(0, frame?.logLength ?? 0)}
        .current=${step}
      ></hatrack-log>
    </div>
  </aside>`
}

/** When the side column shows its panels. */
export interface SideOptions {
  /**
   * Whether the decision panel and the log are drawn (default true). The player leaves them out
   * of the first render of a scenario, to draw them once the graph's first frame is painted;
   * a node's details, asked for, show regardless.
   */
  readonly panels?: boolean
}

/** The side column of a player's engine: the panels once loaded, an empty column before. */
export function sideFor(
  engine: PlayerEngine,
  details: string | undefined,
  theme: 'light' | 'dark',
  closeDetails: () => void,
  options: SideOptions = {},
): TemplateResult {
  const loaded = engine.loaded
  const empty = details === undefined && options.panels === false
  if (!engine.isLoaded || loaded === undefined || empty) return html`<div class="side"></div>`
  const { frame } = engine
  return sideTemplate({ loaded, frame, step: engine.context.step, details, theme, closeDetails })
}
