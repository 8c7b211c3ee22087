/**
 * A challenge's goal as a checklist: each item's subject and what it must give, and after a
 * check a ✓ or ✗ (with the words too, never the glyph alone), what happened, AWS's message
 * when AWS refused, and under least privilege the extras the document allows, one sentence
 * each. Every string is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { GoalItem } from '../../core/challenge/types.ts'
import { narrationInline } from '../../text/index.ts'

function mark(item: GoalItem): TemplateResult {
  if (item.held === undefined)
    return html`<span class="glyph" aria-hidden="true">•</span
      ><span class="visually-hidden">Not checked yet: </span>`
  return item.held
    ? html`<span class="glyph" aria-hidden="true">✓</span
        ><span class="visually-hidden">Holds: </span>`
    : html`<span class="glyph" aria-hidden="true">✗</span
        ><span class="visually-hidden">Fails: </span>`
}

function extrasList(extras: readonly string[]): TemplateResult {
  return html`<ul class="extras">
    ${extras.map((sentence) => html`<li>It ${narrationInline(sentence)}.</li>`)}
  </ul>`
}

/** The checklist; `extras` go under the least-privilege item. */
export function goalList(items: readonly GoalItem[], extras: readonly string[]): TemplateResult {
  return html`<ul class="goals" part="goals">
    ${items.map(
      (item) =>
        html`<li
          class="goal ${item.held === undefined ? '' : item.held ? 'held' : 'failed'}"
          data-goal=${item.id}
        >
          ${mark(item)}<span class="what">${narrationInline(item.text)}</span>
          <span class="want">${narrationInline(item.want)}</span>
          ${item.say === undefined ? nothing : html`<div class="say">${narrationInline(item.say)}</div>`}
          ${
            item.detail === undefined || item.held === true
              ? nothing
              : item.kind === 'leastPrivilege' && extras.length > 0
                ? html`<div class="detail">It allows more than the goal needs:</div>`
                : html`<div class="detail">${narrationInline(item.detail)}</div>`
          }
          ${item.aws === undefined ? nothing : html`<div class="aws">AWS: ${narrationInline(item.aws)}</div>`}
          ${item.kind === 'leastPrivilege' && extras.length > 0 ? extrasList(extras) : nothing}
        </li>`,
    )}
  </ul>`
}
