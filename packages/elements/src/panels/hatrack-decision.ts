/**
 * `<hatrack-decision>`: the gates of one decision in AWS's order, each with its outcome in a
 * glyph and words, its reason, the statements that matched and, for an implicit deny, the ones
 * that came closest. It names explicit or implicit, marks the gate that decided and shows the
 * message — AWS's AccessDenied text for a denial — verbatim.
 *
 * @csspart decision - the whole panel
 * @csspart verdict - the line naming the decision and its gate
 * @csspart message - the message, as text
 * @csspart gate - each gate (the deciding one is also `deciding-gate`)
 */
import type { Decision } from '@hatrack/engine'
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { PolicyView } from '../core/types.ts'
import { tokens } from '../theme/index.ts'
import { gateStyles } from './decision-styles.ts'
import { gateView } from './gate-view.ts'
import { PanelElement } from './panel-element.ts'
import { decisionMeanings, decisionVerdicts, gateNames } from './words.ts'

/** The gates of one decision. */
export class HatrackDecision extends PanelElement {
  static override properties = {
    decision: { attribute: false },
    policies: { attribute: false },
    message: { type: String },
    heading: { type: String },
    compact: { type: Boolean, reflect: true },
  }

  /** The engine's decision to explain. */
  declare decision: Decision | undefined
  /** The policies the decision names (by name), to show each statement in its policy. */
  declare policies: readonly PolicyView[]
  /** Overrides `decision.message` (the trace outcome's message, say). */
  declare message: string | undefined
  /** The panel's heading; `Decision` by default. */
  declare heading: string
  /** The verdict, the message and the deciding gate in full; the other gates in one line each. */
  declare compact: boolean

  #open = new Set<string>()

  constructor() {
    super()
    this.decision = undefined
    this.policies = []
    this.message = undefined
    this.heading = 'Decision'
    this.compact = false
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (changed.has('decision')) this.#open = new Set()
  }

  protected override render(): TemplateResult {
    const decision = this.decision
    if (decision === undefined)
      return html`<section part="decision" aria-label=${this.heading}>
        <h3>${this.heading}</h3>
        <p class="empty">No decision at this step.</p>
      </section>`
    const verdict = decisionVerdicts[decision.decision]
    const denied = decision.decision !== 'allowed'
    return html`<section part="decision" aria-labelledby="heading" data-tone=${verdict.tone}>
      <h3 id="heading">${this.heading}</h3>
      <p class="verdict" part="verdict" data-tone=${verdict.tone}>
        <span class="glyph" aria-hidden="true">${verdict.glyph}</span>
        <strong class="words">${verdict.words}</strong>
        ${denied ? 'at' : 'granted by'} the
        <strong class="gate-name">${gateNames[decision.gate]}</strong> gate
        ${decision.crossAccount ? html`<span class="cross">· cross-account</span>` : nothing}
      </p>
      <div class="message-block">
        <p class="message-label">${denied ? 'AWS says' : 'Why it was allowed'}</p>
        <p part="message" class="message" role="note" aria-live="polite">
          ${this.message ?? decision.message}
        </p>
      </div>
      ${this.compact ? nothing : html`<p class="meaning">${decisionMeanings[decision.decision]}</p>`}
      ${
        this.compact || !decision.crossAccount
          ? nothing
          : html`<p class="meaning">
              The caller's account and the resource's account differ: the caller's own policies and
              the resource's policy must both allow the request.
            </p>`
      }
      <ol class="gates" aria-label="Gates, in the order AWS evaluates them">
        ${decision.gates.map((gate) =>
          gateView(gate, {
            deciding: gate.gate === decision.gate,
            brief: this.compact && gate.gate !== decision.gate,
            policies: this.policies,
            theme: this.theme,
            isOpen: (key) => this.#open.has(key),
            onToggle: (key, open) => this.#toggle(key, open),
          }),
        )}
      </ol>
      ${
        decision.notEvaluated.length === 0 || this.compact
          ? nothing
          : html`<div class="not-evaluated">
              <h4>Not evaluated</h4>
              <p>Hatrack could not evaluate these and treated them as not matching:</p>
              <ul>
                ${decision.notEvaluated.map(
                  (item) =>
                    html`<li>
                      ${item.statement.policy} · statement ${item.statement.index}: ${item.reason}
                    </li>`,
                )}
              </ul>
            </div>`
      }
    </section>`
  }

  #toggle(key: string, open: boolean): void {
    if (open === this.#open.has(key)) return
    if (open) this.#open.add(key)
    else this.#open.delete(key)
    this.requestUpdate()
  }

  static override styles = [
    tokens,
    gateStyles,
    css`
      :host {
        display: block;
        font-size: 0.9375rem;
        line-height: 1.45;
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1.05em;
      }
      .verdict {
        margin: 0.25rem 0 0.5rem;
        font-size: 1.05em;
      }
      .verdict .glyph,
      .verdict .words {
        color: var(--tone, var(--_fg));
      }
      .message-block {
        margin: 0.5rem 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--tone, var(--_border));
        background: var(--_surface);
        border-radius: 0 var(--_radius) var(--_radius) 0;
      }
      .message-label {
        margin: 0;
        font-size: 0.8em;
        font-weight: 600;
        color: var(--_muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .message {
        margin: 0.15rem 0 0;
        font-family: var(--_mono);
        font-size: 0.9em;
        overflow-wrap: anywhere;
        user-select: text;
      }
      .meaning,
      .empty,
      .cross {
        color: var(--_muted);
      }
      .not-evaluated {
        border: 1px dashed var(--_error);
        padding: 0.5rem 0.75rem;
        border-radius: var(--_radius);
      }
    `,
  ]
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-decision': HatrackDecision
  }
}
