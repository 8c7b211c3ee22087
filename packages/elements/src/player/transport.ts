/**
 * The player's controls as a Lit template: native buttons for first, previous, play/pause
 * (always visible), next and last; a timeline (a native range input) with the step counter and
 * the chapters as buttons and the prediction checkpoints as `?` marks; speed; loop; the view switch (graph, table, split); presenter mode and
 * the keyboard help. Plain data in, callbacks out: the element decides what they do.
 */
import { html, nothing, svg, type TemplateResult } from 'lit'
import { ref } from 'lit/directives/ref.js'
import type { Chapter } from '../core/types.ts'
import type { PlayerEngine } from './player-engine.ts'

/** The views a player offers. */
export type PlayerView = 'graph' | 'table' | 'split'

/** What the controls show. */
export interface TransportModel {
  readonly ready: boolean
  readonly step: number
  readonly stepCount: number
  readonly playing: boolean
  readonly speed: number
  readonly loop: boolean
  readonly chapters: readonly Chapter[]
  /** The title of the chapter the current step belongs to. */
  readonly chapter?: string
  /** The steps that ask a question first (marked `?` on the timeline). */
  readonly questions?: readonly number[]
  /** A question is being asked: next waits for the answer. */
  readonly asking?: boolean
  readonly view: PlayerView
  readonly presenter: boolean
  readonly help: boolean
}

/** What the controls ask for. */
export interface TransportActions {
  /** One of the step buttons: first, previous, next, last. */
  move(type: 'FIRST' | 'PREV' | 'NEXT' | 'LAST'): void
  toggle(): void
  seek(step: number): void
  speed(value: number): void
  loop(): void
  view(value: PlayerView): void
  presenter(): void
  help(): void
}

/** The speeds the select offers (the current one is added when it is another). */
export const SPEEDS: readonly number[] = [0.5, 1, 2]

const VIEWS: readonly { readonly view: PlayerView; readonly label: string }[] = [
  { view: 'graph', label: 'Graph' },
  { view: 'table', label: 'Table' },
  { view: 'split', label: 'Both' },
]

/** "Step 3 of 12". */
export function stepCounter(step: number, stepCount: number): string {
  return stepCount === 0 ? 'No steps' : `Step ${step + 1} of ${stepCount}`
}

/** The transport's icons, drawn in a 16×16 box (no font has to carry them). */
const ICONS = {
  first: 'M1 2h2v12H1zM9 2 3 8l6 6zM15 2 9 8l6 6z',
  previous: 'M2 2h2v12H2zM13 2 5 8l8 6z',
  play: 'M4 2l10 6-10 6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  next: 'M12 2h2v12h-2zM3 2l8 6-8 6z',
  last: 'M13 2h2v12h-2zM7 2l6 6-6 6zM1 2l6 6-6 6z',
} as const

function button(
  label: string,
  icon: keyof typeof ICONS,
  onClick: () => void,
  disabled: boolean,
  klass: string,
): TemplateResult {
  return html`<button
    type="button"
    class=${klass}
    aria-label=${label}
    title=${label}
    ?disabled=${disabled}
    @click=${onClick}
  >
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
      ${svg`<path d=${ICONS[icon]}></path>`}
    </svg>
  </button>`
}

/** The `?` marks under the range, each where its step's thumb would stand. */
function questionMarks(
  questions: readonly number[],
  last: number,
): TemplateResult | typeof nothing {
  if (questions.length === 0) return nothing
  return html`<ol class="questions" aria-label="Questions">
    ${questions.map((step) => {
      const label = `Question before step ${step + 1}`
      const at = String(last === 0 ? 0 : step / last)
      // Through the CSSOM, never a style attribute: a strict CSP refuses those (style-src-attr).
      const place = (li?: Element) => (li as HTMLElement | undefined)?.style.setProperty('--at', at)
      return html`<li ${ref(place)}>
        <span aria-hidden="true" title=${label}>?</span
        ><span class="visually-hidden">${label}</span>
      </li>`
    })}
  </ol>`
}

function timeline(m: TransportModel, a: TransportActions): TemplateResult {
  const last = Math.max(0, m.stepCount - 1)
  const counter = stepCounter(m.step, m.stepCount)
  return html`<div class="timeline">
    <input
      type="range"
      part="timeline"
      min="0"
      max=${last}
      step="1"
      .value=${String(m.step)}
      aria-label="Step"
      aria-valuetext=${m.chapter === undefined ? counter : `${counter}, ${m.chapter}`}
      ?disabled=${!m.ready || m.stepCount < 2}
      @input=${(e: Event) => a.seek(Number((e.target as HTMLInputElement).value))}
    />
    ${questionMarks(m.questions ?? [], last)}
    <span class="counter">${counter}${m.chapter === undefined ? '' : ` · ${m.chapter}`}</span>
    ${
      m.chapters.length === 0
        ? nothing
        : html`<ol class="chapters" aria-label="Chapters">
            ${m.chapters.map(
              (c) =>
                html`<li>
                  <button
                    type="button"
                    aria-current=${c.title === m.chapter ? 'step' : nothing}
                    ?disabled=${!m.ready}
                    @click=${() => a.seek(c.step)}
                  >
                    ${c.title}
                  </button>
                </li>`,
            )}
          </ol>`
    }
  </div>`
}

/** The controls bar (`part="controls"`); `actions` is the page's `actions` slot. */
export function transportTemplate(m: TransportModel, a: TransportActions): TemplateResult {
  const off = !m.ready
  const atStart = off || m.step === 0
  const atEnd = off || m.step >= m.stepCount - 1
  const speeds = SPEEDS.includes(m.speed) ? SPEEDS : [...SPEEDS, m.speed].sort((x, y) => x - y)
  return html`<div class="controls" part="controls" role="group" aria-label="Player controls">
    ${timeline(m, a)}
    <div class="transport">
      ${button('First step', 'first', () => a.move('FIRST'), atStart, 'first')}
      ${button('Previous step', 'previous', () => a.move('PREV'), atStart, 'previous')}
      ${button(m.playing ? 'Pause' : 'Play', m.playing ? 'pause' : 'play', a.toggle, off, 'toggle')}
      ${button('Next step', 'next', () => a.move('NEXT'), atEnd || m.asking === true, 'next')}
      ${button('Last step', 'last', () => a.move('LAST'), atEnd, 'last')}
    </div>
    <div class="extras">
      <label
        >Speed
        <select
          aria-label="Speed"
          ?disabled=${off}
          @change=${(e: Event) => a.speed(Number((e.target as HTMLSelectElement).value))}
        >
          ${speeds.map((s) => html`<option value=${s} ?selected=${s === m.speed}>${s}×</option>`)}
        </select></label
      >
      <button type="button" aria-pressed=${m.loop ? 'true' : 'false'} @click=${a.loop}>Loop</button>
    </div>
    <div class="views" role="group" aria-label="View">
      ${VIEWS.map(
        (v) =>
          html`<button
            type="button"
            aria-pressed=${m.view === v.view ? 'true' : 'false'}
            @click=${() => a.view(v.view)}
          >
            ${v.label}
          </button>`,
      )}
    </div>
    <div class="extras end">
      <button
        type="button"
        aria-pressed=${m.presenter ? 'true' : 'false'}
        title="Presenter mode (p)"
        @click=${a.presenter}
      >
        Present
      </button>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        aria-expanded=${m.help ? 'true' : 'false'}
        title="Keyboard shortcuts (?)"
        @click=${a.help}
      >
        ?
      </button>
      <slot name="actions"></slot>
    </div>
  </div>`
}

/** What the element adds to the engine's state for {@link transportFor}. */
export interface TransportHost {
  readonly view: PlayerView
  readonly presenter: boolean
  readonly help: boolean
  speed(value: number): void
  loop(): void
  setView(value: PlayerView): void
  togglePresenter(): void
  toggleHelp(): void
}

/** The controls of a player: its engine's state, the element's options, actions as the reader's. */
export function transportFor(engine: PlayerEngine, host: TransportHost): TemplateResult {
  const c = engine.context
  const chapter = engine.frame?.chapter
  return transportTemplate(
    {
      ready: engine.isLoaded,
      step: c.step,
      stepCount: c.stepCount,
      playing: engine.playingOrHeld,
      speed: c.speed,
      loop: c.loop,
      chapters: engine.loaded?.frames.chapters ?? [],
      ...(chapter === undefined ? {} : { chapter }),
      questions: c.checkpointsOn ? [...c.checkpoints.keys()].sort((x, y) => x - y) : [],
      asking: engine.state === 'asking',
      view: host.view,
      presenter: host.presenter,
      help: host.help,
    },
    {
      move: (type) => engine.send({ type, source: 'user' }),
      toggle: () => engine.toggle(),
      seek: (step) => engine.send({ type: 'SEEK', step, source: 'user' }),
      speed: host.speed,
      loop: host.loop,
      view: host.setView,
      presenter: host.togglePresenter,
      help: host.toggleHelp,
    },
  )
}
