/**
 * What the stage shows instead of a picture: the error box, "Loading…", or before loading either
 * that the scenario waits for the viewport or that there is none. Never a blank box.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { ElementError } from '../core/types.ts'
import { errorTemplate } from './error-view.ts'
import type { PlayerState } from './machine.ts'

/** The notice for `state` (nothing once a scenario shows). */
export function stageNotice(
  state: PlayerState,
  error: ElementError | undefined,
  fileName: string | undefined,
  hasSource: boolean,
): TemplateResult | typeof nothing {
  if (state === 'error' && error !== undefined) return errorTemplate(error, fileName)
  if (state === 'loading') return html`<p class="notice">Loading the scenario…</p>`
  if (state === 'idle')
    return html`<p class="notice">
      ${hasSource ? 'The scenario loads when it scrolls into view.' : 'No scenario.'}
    </p>`
  return nothing
}
