/**
 * `<hatrack-log>`: the request log, oldest first: each step's time, actor, call and outcome (a
 * glyph and words), expandable into its message. A filter keeps all, allowed, denied or errors.
 * Choosing an entry's step button dispatches `hatrack-seek` with `{ step }`.
 *
 * @fires hatrack-seek - an entry was chosen; `detail.step` is its step
 * @csspart log - the list
 * @csspart filter - the filter's fieldset
 * @csspart entry - each entry (the current one is also `current-entry`)
 */
import { css, html, nothing, type TemplateResult } from 'lit'
import type { LogEntry } from '../core/types.ts'
import { tokens } from '../theme/index.ts'
import { gateStyles } from './decision-styles.ts'
import { keepsEntry, logFilterLabels, logFilters, type LogFilter } from './log-filter.ts'
import { PanelElement } from './panel-element.ts'
import { emitSeek } from './seek-event.ts'
import { gateNames, outcomeVerdict } from './words.ts'

/** The request log. */
export class HatrackLog extends PanelElement {
  static override properties = {
    entries: { attribute: false },
    current: { type: Number },
    filter: { type: String, reflect: true },
    heading: { type: String },
  }

  /** The entries, oldest first (`frames.log.slice(0, frame.logLength)`). */
  declare entries: readonly LogEntry[]
  /** The current step (its entry is marked `aria-current="step"`); -1 for none. */
  declare current: number
  /** Which entries show: `all`, `allowed`, `denied` or `errors`. */
  declare filter: LogFilter
  /** The log's heading. */
  declare heading: string

  constructor() {
    super()
    this.entries = []
    this.current = -1
    this.filter = 'all'
    this.heading = 'Request log'
  }

  protected override render(): TemplateResult {
    const shown = this.entries.filter((entry) => keepsEntry(this.filter, entry))
    return html`<section aria-labelledby="heading">
      <h3 id="heading">${this.heading}</h3>
      <fieldset part="filter">
        <legend>Show</legend>
        ${logFilters.map(
          (choice) =>
            html`<label
              ><input
                type="radio"
                name="filter"
                value=${choice}
                .checked=${this.filter === choice}
                @change=${() => (this.filter = choice)}
              />
              ${logFilterLabels[choice]}
              (${this.entries.filter((entry) => keepsEntry(choice, entry)).length})</label
            >`,
        )}
      </fieldset>
      ${
        shown.length === 0
          ? html`<p class="empty">
              ${this.entries.length === 0 ? 'No requests yet.' : 'No entries match this filter.'}
            </p>`
          : html`<ol part="log" class="log">
              ${shown.map((entry) => this.#entry(entry))}
            </ol>`
      }
    </section>`
  }

  #entry(entry: LogEntry): TemplateResult {
    const verdict = outcomeVerdict(entry)
    const current = entry.step === this.current
    return html`<li
      part=${current ? 'entry current-entry' : 'entry'}
      class="entry"
      data-step=${entry.step}
      data-status=${entry.status}
      aria-current=${current ? 'step' : nothing}
    >
      <button
        type="button"
        class="seek"
        aria-label="Go to step ${entry.step + 1}, ${entry.stepId}"
        @click=${() => emitSeek(this, entry.step)}
      >
        Step ${entry.step + 1}
      </button>
      <details>
        <summary>
          <time datetime=${entry.at} title=${entry.at}>${clock(entry.at)}</time>
          ${entry.actor === undefined ? nothing : html`<span class="actor">${entry.actor}</span>`}
          ${
            entry.action === undefined
              ? html`<span class="action">${entry.stepId}</span>`
              : html`<code class="action">${entry.action}</code>`
          }
          ${
            entry.resource === undefined
              ? nothing
              : html`<span class="on">on</span> <code class="resource">${entry.resource}</code>`
          }
          <span class="outcome" data-tone=${verdict.tone}
            ><span aria-hidden="true">${verdict.glyph}</span> ${verdict.words}${
              entry.gate === undefined || entry.status === 'allowed'
                ? nothing
                : html` · ${gateNames[entry.gate]}`
            }</span
          >
        </summary>
        <p class="message">${entry.message}</p>
      </details>
    </li>`
  }

  static override styles = [
    tokens,
    gateStyles,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1.05em;
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0 0 0.5rem;
      }
      .log {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .entry {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem;
        align-items: start;
        padding: 0.25rem 0.25rem;
        border-bottom: 1px solid var(--_border);
      }
      .entry[aria-current='step'] {
        background: var(--_surface);
        box-shadow: inset 4px 0 0 var(--_accent);
        font-weight: 600;
      }
      .seek {
        font: inherit;
        font-size: 0.85em;
        white-space: nowrap;
      }
      summary {
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      time,
      .on,
      .actor {
        color: var(--_muted);
      }
      code {
        font-family: var(--_mono);
        font-size: 0.95em;
      }
      .outcome {
        color: var(--tone);
        font-weight: 600;
        white-space: nowrap;
      }
      .message {
        margin: 0.25rem 0 0.25rem 1rem;
        font-family: var(--_mono);
        font-size: 0.95em;
        overflow-wrap: anywhere;
        font-weight: normal;
      }
      .empty {
        color: var(--_muted);
      }
    `,
  ]
}

/** `09:00:00` from `2026-01-05T09:00:00Z`: the simulated clock, in UTC as the trace has it. */
function clock(at: string): string {
  const match = /T(\d{2}:\d{2}:\d{2})/.exec(at)
  return match?.[1] ?? at
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-log': HatrackLog
  }
}
