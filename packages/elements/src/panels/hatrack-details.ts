/**
 * `<hatrack-details>`: details on demand for one node: its name, kind and ARN (with a copy
 * button), its facts, and each of its policies — trust first, then permission policies, the
 * boundary, the resource policy — as a collapsible `<hatrack-policy>`.
 *
 * @csspart details - the panel
 * @csspart arn - the ARN
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { NodeDetails, PolicyView, StatementHighlight } from '../core/types.ts'
import { tokens } from '../theme/index.ts'
import { PanelElement } from './panel-element.ts'
import { orderPolicies } from './policy-order.ts'
import { nodeKindNames, policyKindNames } from './words.ts'

/** Details of one node. */
export class HatrackDetails extends PanelElement {
  static override properties = {
    details: { attribute: false },
    highlights: { attribute: false },
    _copied: { state: true },
    _open: { state: true },
  }

  /** The node to describe. */
  declare details: NodeDetails | undefined
  /** Statements to highlight, by policy name (the ones that mattered at this step). */
  declare highlights: Readonly<Record<string, readonly StatementHighlight[]>>
  declare _copied: string
  declare _open: ReadonlySet<string>

  constructor() {
    super()
    this.details = undefined
    this.highlights = {}
    this._copied = ''
    this._open = new Set()
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (changed.has('details') && changed.get('details')?.id !== this.details?.id) {
      this._copied = ''
      this._open = new Set()
    }
  }

  protected override render(): TemplateResult {
    const details = this.details
    if (details === undefined)
      return html`<section part="details">
        <p class="empty">Choose a node to see its details.</p>
      </section>`
    return html`<section part="details" aria-labelledby="heading">
      <h3 id="heading">${details.label}</h3>
      <p class="kind">${nodeKindNames[details.kind]}</p>
      ${
        details.arn === undefined
          ? nothing
          : html`<p class="arn-row">
              <span class="label">ARN</span>
              <code part="arn" class="arn">${details.arn}</code>
              ${
                this.#canCopy()
                  ? html`<button type="button" @click=${() => this.#copy(details.arn ?? '')}>
                      Copy ARN
                    </button>`
                  : nothing
              }
              <span class="copied" role="status">${this._copied}</span>
            </p>`
      }
      ${
        details.facts.length === 0
          ? nothing
          : html`<dl class="facts">
              ${details.facts.map(
                (fact) =>
                  html`<div>
                    <dt>${fact.label}</dt>
                    <dd>${fact.value}</dd>
                  </div>`,
              )}
            </dl>`
      }
      ${
        details.policies.length === 0
          ? html`<p class="empty">No policies.</p>`
          : html`<h4>Policies</h4>
              ${orderPolicies(details.policies).map((policy) => this.#policy(policy))}`
      }
    </section>`
  }

  #policy(policy: PolicyView): TemplateResult {
    const key = `${policy.kind}|${policy.name}`
    const open = this._open.has(key)
    return html`<details
      class="policy"
      ?open=${open}
      @toggle=${(event: Event) => this.#toggle(key, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="name">${policy.name}</span>
        <span class="kind">${policyKindNames[policy.kind]}</span>
      </summary>
      ${
        open
          ? html`<hatrack-policy
              theme=${this.theme}
              .policy=${policy}
              .highlights=${this.highlights[policy.name] ?? []}
              heading=""
            ></hatrack-policy>`
          : nothing
      }
    </details>`
  }

  #toggle(key: string, open: boolean): void {
    if (open === this._open.has(key)) return
    const next = new Set(this._open)
    if (open) next.add(key)
    else next.delete(key)
    this._open = next
  }

  #canCopy(): boolean {
    return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function'
  }

  async #copy(arn: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(arn)
      this._copied = 'Copied.'
    } catch {
      this._copied = 'Could not copy: select the ARN and copy it.'
    }
  }

  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      h3 {
        margin: 0;
        font-size: 1.1em;
      }
      h4 {
        margin: 0.75rem 0 0.25rem;
      }
      .kind,
      .label,
      .copied,
      .empty {
        color: var(--_muted);
      }
      .kind {
        margin: 0 0 0.5rem;
      }
      .arn-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
        align-items: baseline;
      }
      .arn {
        font-family: var(--_mono);
        overflow-wrap: anywhere;
        user-select: all;
      }
      button {
        font: inherit;
        font-size: 0.9em;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15rem 0.75rem;
        margin: 0.5rem 0;
      }
      .facts > div {
        display: contents;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .policy {
        margin: 0.25rem 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.25rem 0.5rem;
      }
      summary {
        cursor: pointer;
      }
      summary .name {
        font-weight: 600;
        margin-right: 0.5rem;
      }
    `,
  ]
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-details': HatrackDetails
  }
}
