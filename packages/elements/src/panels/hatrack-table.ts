/**
 * `<hatrack-table>`: the accessible alternative to the graph. For one step of the frames it lists,
 * in real tables with captions, the nodes present (kind, name, account, ARN or id, state), the
 * relations drawn (from, kind in words, to, conditions) and the step itself (actor, call,
 * outcome, gate, message): the same information as the picture, in text.
 *
 * @fires hatrack-nodeselect - a node's name was chosen
 * @csspart table - the wrapper of the three tables
 */
import { css, html, nothing, type TemplateResult } from 'lit'
import { emit } from '../events.ts'
import type { Frame, Frames, NodeBox } from '../core/types.ts'
import { tokens } from '../theme/index.ts'
import { narration } from '../text/index.ts'
import { gateStyles } from './decision-styles.ts'
import { PanelElement } from './panel-element.ts'
import { tableStyles } from './table-styles.ts'
import { edgeKindNames, gateNames, nodeKindNames, outcomeVerdict } from './words.ts'

/** The graph's information as tables. */
export class HatrackTable extends PanelElement {
  static override properties = {
    frames: { attribute: false },
    step: { type: Number },
  }

  /** Every frame of the trace. */
  declare frames: Frames | undefined
  /** The step to show (0-based). */
  declare step: number

  constructor() {
    super()
    this.frames = undefined
    this.step = 0
  }

  protected override render(): TemplateResult {
    const frames = this.frames
    const frame = frames?.frames[this.step]
    if (frames === undefined || frame === undefined)
      return html`<div part="table"><p class="empty">Nothing to show yet.</p></div>`
    return html`<div part="table">
      ${this.#stepTable(frames, frame)} ${this.#nodeTable(frames, frame)}
      ${this.#edgeTable(frames, frame)}
    </div>`
  }

  #stepTable(frames: Frames, frame: Frame): TemplateResult {
    const { step } = frame
    const verdict = outcomeVerdict(step.outcome)
    return html`<table class="step">
      <caption>
        Step ${frame.index + 1} of ${frames.frames.length}
      </caption>
      <tbody>
        ${row('Step', html`<code>${step.id}</code>`)}
        ${frame.chapter === undefined ? nothing : row('Chapter', frame.chapter)}
        ${row('Time', html`<time datetime=${step.at}>${step.at}</time>`)}
        ${step.actor === undefined ? nothing : row('Actor', step.actor.label)}
        ${
          step.call === undefined
            ? nothing
            : row(
                'Call',
                html`<code>${step.call.action}</code> on <code>${step.call.resource}</code>`,
              )
        }
        ${row(
          'Outcome',
          html`<span class="outcome" data-tone=${verdict.tone}
              ><span aria-hidden="true">${verdict.glyph}</span> ${verdict.words}</span
            >${step.outcome.error === undefined ? nothing : html` (${step.outcome.error.code})`}`,
        )}
        ${step.outcome.gate === undefined ? nothing : row('Gate', gateNames[step.outcome.gate])}
        ${row('Message', html`<span class="message">${step.outcome.message}</span>`)}
        ${row('Narration', html`<div class="narration">${narration(frame.caption)}</div>`)}
      </tbody>
    </table>`
  }

  #nodeTable(frames: Frames, frame: Frame): TemplateResult {
    const present = frames.layout.nodes.filter((node) => frame.nodes[node.id]?.present === true)
    return html`<table class="nodes">
      <caption>
        Nodes at step ${frame.index + 1} (${present.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Account</th>
          <th scope="col">ARN or id</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        ${present.map(
          (node) =>
            html`<tr data-node=${node.id}>
              <th scope="row">
                <button type="button" @click=${() => this.#select(node.id, frame.index)}>
                  ${node.label}
                </button>
              </th>
              <td>${nodeKindNames[node.kind]}</td>
              <td>${this.#account(frames, node)}</td>
              <td><code>${node.id}</code></td>
              <td>${nodeState(frame, node.id)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`
  }

  #edgeTable(frames: Frames, frame: Frame): TemplateResult {
    const label = (id: string): string =>
      frames.layout.nodes.find((node) => node.id === id)?.label ?? id
    return html`<table class="edges">
      <caption>
        Relations at step ${frame.index + 1} (${frame.edges.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">Relation</th>
          <th scope="col">To</th>
          <th scope="col">Conditions</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        ${frame.edges.map(
          (edge) =>
            html`<tr data-edge=${edge.id} aria-current=${edge.current ? 'true' : nothing}>
              <td>${label(edge.from)}</td>
              <td>
                ${edgeKindNames[edge.kind]}${edge.current ? html` <strong>· this step</strong>` : ''}
              </td>
              <td>${label(edge.to)}</td>
              <td>
                ${
                  edge.requires.length > 0
                    ? `requires ${edge.requires.join(', ')}`
                    : edge.conditional
                      ? 'conditional'
                      : 'none'
                }
              </td>
              <td>${edge.label}${edge.crossAccount ? ' · cross-account' : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`
  }

  #account(frames: Frames, node: NodeBox): string {
    if (node.accountId === undefined) return '—'
    return (
      frames.layout.lanes.find((lane) => lane.accountId === node.accountId)?.label ?? node.accountId
    )
  }

  #select(id: string, step: number): void {
    emit(this, 'hatrack-nodeselect', { id, step })
  }

  static override styles = [
    tokens,
    gateStyles,
    tableStyles,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
    `,
  ]
}

function row(label: string, value: unknown): TemplateResult {
  return html`<tr>
    <th scope="row">${label}</th>
    <td>${value}</td>
  </tr>`
}

function nodeState(frame: Frame, id: string): string {
  const state = frame.nodes[id]
  if (state === undefined) return ''
  const parts: string[] = []
  if (state.status !== undefined) parts.push(state.status)
  if (state.ttl !== undefined && state.ttl !== state.status) parts.push(state.ttl)
  if (state.part === 'actor') parts.push("this step's caller")
  if (state.part === 'target') parts.push("this step's target")
  if (state.changed) parts.push('changed at this step')
  return parts.length === 0 ? '—' : parts.join(' · ')
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-table': HatrackTable
  }
}
