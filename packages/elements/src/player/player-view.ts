/**
 * The player's whole template: header, stage and side column, the status region, the controls
 * and the legend. The element (`components/hatrack-player.ts`) keeps the behaviour and passes
 * what this needs: its engine, its options and the reader's actions.
 */
import { html, nothing, type TemplateResult } from 'lit'
import { legendTemplate } from '../graph/index.ts'
import { headerTemplate } from './header-view.ts'
import { helpTemplate } from './help.ts'
import type { PlayerEngine } from './player-engine.ts'
import { sideFor } from './side-view.ts'
import { stageTemplate, statusText } from './stage-view.ts'
import type { TransportHost } from './transport.ts'
import { transportFor } from './transport.ts'

/** What the template shows and what the reader's actions call. */
export interface PlayerViewModel extends TransportHost {
  readonly engine: PlayerEngine
  readonly alt: string
  /** The theme the panels inside take (the host's resolved one). */
  readonly theme: 'light' | 'dark'
  /** The stage's notice (loading, error, no scenario), or nothing. */
  readonly notice: TemplateResult | typeof nothing
  /** The node whose details are open. */
  readonly details: string | undefined
  /** Whether the side panels of the scenario shown are drawn yet (`deferred-panels.ts`). */
  readonly panels: boolean
  readonly controls: boolean
  answer(choice: number): void
  closeDetails(): void
  /** A panel inside asked to seek. */
  seek(event: CustomEvent<{ step: number }>): void
  /** A panel inside chose a node. */
  select(event: CustomEvent<{ id: string }>): void
}

/** The player's template for `m`. */
export function playerTemplate(m: PlayerViewModel): TemplateResult {
  const e = m.engine
  return html`
    ${headerTemplate(e.loaded?.frames.trace.scenario, m.alt)}
    <div
      class="body"
      @hatrack-seek=${(ev: CustomEvent<{ step: number }>) => m.seek(ev)}
      @hatrack-nodeselect=${(ev: CustomEvent<{ id: string }>) => m.select(ev)}
    >
      ${stageTemplate({
        engine: e,
        alt: m.alt,
        view: m.view,
        theme: m.theme,
        overlays: [m.notice, m.help ? helpTemplate(() => m.toggleHelp()) : nothing],
        answer: (choice) => m.answer(choice),
        run: () => e.send({ type: 'CONTINUE', source: 'user' }),
      })}
      ${sideFor(e, m.details, m.theme, () => m.closeDetails(), { panels: m.panels })}
    </div>
    <div role="status" class="visually-hidden">${statusText(e)}</div>
    ${m.controls ? transportFor(e, m) : nothing}
    <details class="legend-box">
      <summary>Legend</summary>
      ${legendTemplate()}
    </details>
  `
}
