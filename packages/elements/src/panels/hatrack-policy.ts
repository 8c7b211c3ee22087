/**
 * `<hatrack-policy>`: a policy document, pretty-printed as JSON with light syntax colouring, and
 * the statements that mattered to a request highlighted, each with words beside it ("✓ allowed
 * this request", "closest: Condition did not match"). Every string of the document renders as
 * text: the colouring comes from tokens printed into spans, never from HTML.
 *
 * @csspart policy - the figure around the document
 * @csspart code - the `<pre>` holding the document
 * @csspart statement - a highlighted statement (also `statement-allow`, `-deny`, `-near`)
 * @csspart badge - the words beside a highlighted statement
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { PolicyView, StatementHighlight } from '../core/types.ts'
import { tokens } from '../theme/index.ts'
import { printJson, type JsonLine, type JsonLines, type LineRange } from './json-lines.ts'
import { PanelElement } from './panel-element.ts'
import { elementRange, statementRange } from './policy-ranges.ts'
import { statementBadge } from './statement-badge.ts'
import { policyKindNames } from './words.ts'

type Source =
  | { readonly ok: true; readonly value: unknown; readonly printed: JsonLines }
  | {
      readonly ok: false
      readonly text: string
    }

interface Group {
  readonly range: LineRange
  readonly highlight: StatementHighlight
  readonly miss: LineRange | undefined
}

/** A policy document with highlighted statements. */
export class HatrackPolicy extends PanelElement {
  static override properties = {
    policy: { attribute: false },
    document: { attribute: false },
    highlights: { attribute: false },
    heading: { type: String },
  }

  /** The policy to show, with its name and kind. */
  declare policy: PolicyView | undefined
  /** A bare document (JSON text or a parsed value); used when `policy` is not set. */
  declare document: string | object | undefined
  /** The statements to highlight. */
  declare highlights: readonly StatementHighlight[]
  /** A caption; defaults to the policy's name and kind. */
  declare heading: string | undefined

  #source: Source | undefined

  constructor() {
    super()
    this.policy = undefined
    this.document = undefined
    this.highlights = []
    this.heading = undefined
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    if (changed.has('policy') || changed.has('document')) this.#source = this.#read()
  }

  #read(): Source | undefined {
    const input = this.document ?? this.policy?.text
    if (input === undefined) return undefined
    if (typeof input !== 'string') return { ok: true, value: input, printed: printJson(input) }
    try {
      const value: unknown = JSON.parse(input)
      return { ok: true, value, printed: printJson(value) }
    } catch {
      return { ok: false, text: input }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const source = this.#source
    if (source === undefined) return nothing
    const caption = this.heading ?? this.policy?.name
    return html`<figure part="policy">
      ${
        caption === undefined || caption === ''
          ? nothing
          : html`<figcaption>
              <span class="name">${caption}</span>
              ${
                this.policy === undefined
                  ? nothing
                  : html`<span class="kind">${policyKindNames[this.policy.kind]}</span>`
              }
              ${
                this.policy?.arn === undefined
                  ? nothing
                  : html`<code class="arn">${this.policy.arn}</code>`
              }
            </figcaption>`
      }
      ${
        source.ok
          ? html`<pre part="code"><code>${this.#lines(source.value, source.printed)}</code></pre>`
          : html`<p class="note">This document is not valid JSON; it is shown as written.</p>
              <pre part="code"><code>${source.text}</code></pre>`
      }
    </figure>`
  }

  #lines(value: unknown, printed: JsonLines): TemplateResult[] {
    const groups = this.#groups(value, printed)
    const out: TemplateResult[] = []
    let line = 0
    while (line < printed.lines.length) {
      const group = groups.find((candidate) => candidate.range.start === line)
      if (group === undefined) {
        out.push(renderLine(printed.lines[line] as JsonLine, false))
        line += 1
        continue
      }
      const { range, highlight, miss } = group
      const inner = printed.lines.slice(range.start, range.end + 1).map((item, offset) => {
        const at = range.start + offset
        return renderLine(item, miss !== undefined && at >= miss.start && at <= miss.end)
      })
      out.push(
        html`<span
          class="statement"
          data-tone=${highlight.tone}
          data-index=${highlight.index}
          part="statement statement-${highlight.tone}"
          ><span class="badge" part="badge">${statementBadge(highlight)}</span>${inner}</span
        >`,
      )
      line = range.end + 1
    }
    return out
  }

  #groups(value: unknown, printed: JsonLines): Group[] {
    const groups: Group[] = []
    for (const highlight of this.highlights) {
      const range = statementRange(printed, value, highlight.index)
      if (range === undefined) continue
      if (groups.some((group) => group.range.start === range.start)) continue
      const miss =
        highlight.tone === 'near' && highlight.path !== undefined
          ? elementRange(printed, value, highlight.path)
          : undefined
      groups.push({ range, highlight, miss })
    }
    return groups
  }

  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      figure {
        margin: 0;
      }
      figcaption {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: baseline;
        margin-bottom: 0.25rem;
      }
      .name {
        font-weight: 600;
      }
      .kind,
      .arn,
      .note {
        color: var(--_muted);
      }
      .arn {
        font-family: var(--_mono);
        font-size: 0.8em;
        overflow-wrap: anywhere;
      }
      pre {
        margin: 0;
        padding: 0.5rem 0;
        overflow: auto;
        max-height: var(--hatrack-policy-max-height, 28rem);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        font-family: var(--_mono);
        line-height: 1.45;
      }
      .line {
        display: block;
        padding: 0 0.75rem;
        white-space: pre;
      }
      .line[data-miss] .v {
        text-decoration: underline wavy var(--_implicit-deny);
        text-underline-offset: 0.2em;
      }
      .statement {
        display: block;
        border-left: 4px solid var(--tone);
        background: color-mix(in srgb, var(--tone) 10%, transparent);
      }
      .statement[data-tone='allow'] {
        --tone: var(--_allow);
      }
      .statement[data-tone='deny'] {
        --tone: var(--_explicit-deny);
        border-left-style: double;
        border-left-width: 6px;
      }
      .statement[data-tone='near'] {
        --tone: var(--_implicit-deny);
        border-left-style: dashed;
      }
      .badge {
        display: block;
        padding: 0.1rem 0.75rem;
        font-family: var(--_font);
        font-weight: 600;
        color: var(--_fg);
      }
      .k {
        color: var(--hatrack-json-key, #0550ae);
      }
      .s {
        color: var(--_fg);
      }
      .n,
      .l {
        color: var(--hatrack-json-literal, #6639ba);
      }
      :host([data-dark]) .k {
        color: var(--hatrack-json-key, #79c0ff);
      }
      :host([data-dark]) .n,
      :host([data-dark]) .l {
        color: var(--hatrack-json-literal, #d2a8ff);
      }
      .p {
        color: var(--_muted);
      }
    `,
  ]
}

const tokenClass = { key: 'k', string: 's', number: 'n', literal: 'l', punct: 'p' } as const

function renderLine(line: JsonLine, miss: boolean): TemplateResult {
  return html`<span class="line" ?data-miss=${miss}
    >${' '.repeat(line.indent)}${line.tokens.map(
      (token) =>
        html`<span class="${tokenClass[token.kind]}${token.kind === 'punct' ? '' : ' v'}"
          >${token.text}</span
        >`,
    )}</span
  >`
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-policy': HatrackPolicy
  }
}
