/**
 * The error box a player shows when its scenario cannot be fetched, parsed, validated or
 * replayed: the message with its line and column, its JSON path and hint, and every issue when
 * there are several — never a blank box. The page's `fallback` slot follows (a static picture or
 * a link to the scenario's source, say). Every string is rendered as text (backticks as code).
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { ElementError } from '../core/types.ts'
import { narrationInline } from '../text/index.ts'

type Issue = Omit<ElementError, 'issues' | 'type'>

const headings: Record<ElementError['type'], string> = {
  fetch: 'The scenario could not be fetched',
  parse: 'The scenario could not be read',
  validate: 'The scenario is not valid',
  evaluate: 'The scenario could not be replayed',
}

/** `12:5`, `12`, or nothing, for an issue's position. */
export function position(issue: Issue): string | undefined {
  if (issue.line === undefined) return undefined
  return issue.column === undefined ? `${issue.line}` : `${issue.line}:${issue.column}`
}

function where(issue: Issue, fileName: string | undefined): TemplateResult | typeof nothing {
  const at = position(issue)
  if (at === undefined) return nothing
  return html`<span class="where">${fileName === undefined ? 'line ' : `${fileName}:`}${at}</span
    >${' '}`
}

function details(issue: Issue): TemplateResult {
  return html`${issue.path === undefined ? nothing : html` <span class="path">at <code>${issue.path}</code></span>`}
  ${issue.code === undefined ? nothing : html` <span class="code">(<code>${issue.code}</code>)</span>`}
  ${issue.hint === undefined ? nothing : html`<br /><span class="hint">Hint: ${narrationInline(issue.hint)}</span>`}`
}

/** The error box for `error`; `fileName` prefixes positions (`first-role.yaml:12:5`). */
export function errorTemplate(error: ElementError, fileName?: string): TemplateResult {
  const issues = error.issues ?? []
  return html`<div part="error" class="error" role="alert">
    <h3>${headings[error.type]}</h3>
    ${
      issues.length > 1
        ? html`<p>${issues.length} issues:</p>
            <ul class="issues">
              ${issues.map(
                (issue) =>
                  html`<li>
                    ${where(issue, fileName)}${narrationInline(issue.message)}${details(issue)}
                  </li>`,
              )}
            </ul>`
        : html`<p class="message">
            ${where(error, fileName)}${narrationInline(error.message)}${details(error)}
          </p>`
    }
    <slot name="fallback"></slot>
  </div>`
}
