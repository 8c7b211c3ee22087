/**
 * The player's header: the scenario's title (the page may replace it through the `title` slot)
 * and its summary on one line, cut with an ellipsis so loading never changes the header's height.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { TraceScenario } from '@hatrack/scenario'

/** The header for `scenario` (undefined before loading: the `alt` text or a generic title). */
export function headerTemplate(scenario: TraceScenario | undefined, alt: string): TemplateResult {
  const summary = scenario?.summary
  return html`<header class="header">
    <slot name="title"
      ><span class="title">${scenario?.title ?? (alt || 'Hatrack scenario')}</span></slot
    >
    ${
      summary === undefined
        ? nothing
        : html`<span class="summary" title=${summary}>${summary}</span>`
    }
  </header>`
}
