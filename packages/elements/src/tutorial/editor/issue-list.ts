/**
 * The editor's issues as a list under it — "line 4, column 7: expected a value — hint: …" — each
 * position a button that puts the caret there. The list is what `aria-describedby` points at,
 * so the gutter and the underlines can stay decoration.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { EditorIssue } from '../../core/challenge/types.ts'
import { narrationInline } from '../../text/index.ts'

/** "line 4, column 7", "line 4", or undefined. */
export function issuePosition(issue: EditorIssue): string | undefined {
  if (issue.line === undefined) return undefined
  return issue.column === undefined
    ? `line ${issue.line}`
    : `line ${issue.line}, column ${issue.column}`
}

/** The list; `goTo` moves the caret to an issue's place. */
export function issueList(
  id: string,
  issues: readonly EditorIssue[],
  goTo: (issue: EditorIssue) => void,
): TemplateResult {
  return html`<ul id=${id} class="issues" part="issues">
    ${issues.map((issue) => {
      const at = issuePosition(issue)
      return html`<li class=${issue.severity}>
        <span class="glyph" aria-hidden="true">${issue.severity === 'error' ? '✗' : '!'}</span
        ><span class="visually-hidden">${issue.severity === 'error' ? 'Error' : 'Warning'}, </span
        >${
          at === undefined
            ? nothing
            : html`<button type="button" class="at" @click=${() => goTo(issue)}>${at}</button>: `
        }${narrationInline(issue.message)}${
          issue.awsError === undefined ? nothing : html` (AWS: <code>${issue.awsError}</code>)`
        }${
          issue.hint === undefined
            ? nothing
            : html`<span class="hint"> — hint: ${narrationInline(issue.hint)}</span>`
        }
      </li>`
    })}
  </ul>`
}

/** The offset in `text` of a 1-based line and column (clamped into the text). */
export function offsetOf(text: string, line: number, column = 1): number {
  let at = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', at)
    if (next === -1) return text.length
    at = next + 1
  }
  const end = text.indexOf('\n', at)
  return Math.min(at + Math.max(0, column - 1), end === -1 ? text.length : end)
}
