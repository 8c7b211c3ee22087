/**
 * `<hatrack-graph>`: who can assume what, after a step of a scenario (the analysis). Trust edges
 * run from each principal to the roles it can assume; an edge that needs something more (MFA, an
 * external id, …) carries a badge. Hovering or focusing a node highlights every path through it.
 * A visually hidden list says the same in sentences for screen readers; a legend names every
 * shape. A scenario that fails to load shows its message with line and column.
 *
 * @fires hatrack-load - the scenario is loaded (`{title, stepCount}`)
 * @fires hatrack-error - it could not be fetched, read, validated or replayed (`ElementError`)
 * @fires hatrack-nodeselect - a node was clicked or chosen with Enter or Space (`{id, step}`)
 * @csspart graph - the figure holding the drawing
 * @csspart node - a node (inside the SVG)
 * @csspart edge - an edge (inside the SVG)
 * @csspart legend - the legend
 * @csspart error - the error box
 * @slot fallback - shown under the error box when the scenario cannot be loaded
 * @cssprop --hatrack-graph-max-height - the drawing's largest height (70vh)
 */
import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { AssumeView, ElementError, Loaded } from '../core/types.ts'
import { emit } from '../events.ts'
import { analysisFrame } from '../graph/analysis-frame.ts'
import { edgeSentence } from '../graph/edge-sentence.ts'
import { graphElementStyles } from '../graph/graph-element-styles.ts'
import { GraphView } from '../graph/graph-view.ts'
import { legendItems, legendTemplate } from '../graph/legend.ts'
import { pathsThrough } from '../graph/paths.ts'
import { graphStyles } from '../graph/styles.ts'
import { errorTemplate } from '../player/error-view.ts'
import { fileNameOf } from '../load/fetch-text.ts'
import { loadSource } from '../player/load-source.ts'
import type { ScenarioSource } from '../player/load-source.ts'
import { ThemeController, tokens } from '../theme/index.ts'
import type { Theme } from '../theme/index.ts'

/** Who can assume what in a scenario, as a graph with paths highlighted on hover or focus. */
export class HatrackGraph extends LitElement {
  static override properties = {
    src: { type: String, reflect: true },
    step: { type: Number, reflect: true },
    theme: { type: String, reflect: true },
    alt: { type: String },
    scenario: { attribute: false },
    status: { state: true },
  }

  static override styles = [tokens, graphStyles, graphElementStyles]

  /** The scenario's URL (YAML or JSON), resolved against the page. */
  declare src: string | undefined
  /** The analysis after this step (0-based); the last step when absent, -1 before the first. */
  declare step: number | undefined
  /** `auto` (follow the site), `light` or `dark`. */
  declare theme: Theme
  /** A one-sentence text alternative for the drawing. */
  declare alt: string
  /** The scenario's text, instead of `src`. */
  declare scenario: string | undefined
  /** Where loading stands. */
  declare protected status: 'idle' | 'loading' | 'ready' | 'error'

  #loaded: Loaded | undefined
  #error: ElementError | undefined
  #fileName: string | undefined
  #view: AssumeView | undefined
  #graph: GraphView | undefined
  #drawn: AssumeView | undefined
  #abort: AbortController | undefined

  constructor() {
    super()
    this.theme = 'auto'
    this.alt = ''
    this.status = 'idle'
    this.addController(new ThemeController(this))
  }

  /** The loaded scenario, once `hatrack-load` has fired. */
  get loaded(): Loaded | undefined {
    return this.#loaded
  }

  /** The step the analysis shows, clamped to the scenario's steps. */
  get currentStep(): number {
    const last = (this.#loaded?.frames.frames.length ?? 0) - 1
    const step = this.step ?? last
    return Number.isFinite(step) ? Math.max(-1, Math.min(last, Math.trunc(step))) : last
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#abort?.abort()
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('scenario') && this.scenario !== undefined) {
      void this.#load({ kind: 'text', text: this.scenario })
    } else if (changed.has('src') && this.src !== undefined && this.src !== '') {
      void this.#load({ kind: 'url', url: this.src })
    }
    if (changed.has('step') || changed.has('status')) {
      this.#view = this.#loaded?.assumeView(this.currentStep)
    }
  }

  async #load(source: ScenarioSource): Promise<void> {
    this.#abort?.abort()
    const abort = new AbortController()
    this.#abort = abort
    this.status = 'loading'
    const outcome = await loadSource(source, this.ownerDocument.baseURI, abort.signal)
    if (abort.signal.aborted) return
    this.#fileName = source.kind === 'url' ? fileNameOf(source.url) : undefined
    if (!outcome.ok) {
      this.#loaded = undefined
      this.#error = outcome.error
      this.status = 'error'
      emit(this, 'hatrack-error', outcome.error)
      return
    }
    this.#loaded = outcome.loaded
    this.#error = undefined
    this.status = 'ready'
    const frames = outcome.loaded.frames
    emit(this, 'hatrack-load', {
      title: frames.trace.scenario.title,
      stepCount: frames.frames.length,
    })
  }

  protected override firstUpdated(): void {
    const group = this.renderRoot.querySelector<SVGGElement>('svg.canvas > g')
    if (group === null) return
    this.#graph = new GraphView(group, {
      onSelect: (id) => emit(this, 'hatrack-nodeselect', { id, step: this.currentStep }),
      onHover: (id) => this.#highlight(id),
      hold: 'width',
    })
  }

  protected override updated(): void {
    const view = this.#view
    if (this.#graph === undefined || view === undefined || view === this.#drawn) return
    if (this.#drawn?.layout !== view.layout) {
      this.#graph.setLayout(view.layout)
      this.#graph.fit()
    }
    this.#drawn = view
    void this.#graph.show(analysisFrame(view), { animate: false, duration: 0 })
  }

  /** Highlights every path through node `id`, or clears the highlight. */
  #highlight(id: string | null): void {
    const view = this.#view
    this.#graph?.highlight(id === null || view === undefined ? null : pathsThrough(view.edges, id))
  }

  /**
   * Fits the drawing to its box again (after the user panned or zoomed). A small scenario is
   * drawn at most 1.25 times its size at the element's font size, centred, never in giant type.
   */
  fit(): void {
    this.#graph?.fit()
  }

  #sentences(view: AssumeView): TemplateResult {
    const labels = new Map(view.layout.nodes.map((node) => [node.id, node.label]))
    const labelOf = (id: string): string => labels.get(id) ?? id
    const trust = view.edges.filter((edge) => edge.kind === 'trust')
    return html`<ul class="visually-hidden" aria-label="Who can assume what">
      ${
        trust.length === 0
          ? html`<li>No principal can assume a role at this step.</li>`
          : trust.map((edge) => html`<li>${edgeSentence(edge, labelOf)}</li>`)
      }
    </ul>`
  }

  #legend(view: AssumeView): TemplateResult {
    const nodeKinds = new Set(view.layout.nodes.map((node) => node.kind))
    const conditional = view.edges.some((edge) => edge.conditional)
    const items = legendItems.filter((item) =>
      item.type === 'node'
        ? nodeKinds.has(item.kind)
        : item.kind === 'trust' && (conditional || item.conditional !== true),
    )
    return legendTemplate(items)
  }

  override render(): TemplateResult {
    const view = this.#view
    const title = this.#loaded?.frames.trace.scenario.title
    const label =
      this.alt || (title === undefined ? 'Who can assume what' : `Who can assume what: ${title}`)
    const box = view === undefined ? undefined : `0 0 ${view.layout.width} ${view.layout.height}`
    return html`
      <figure part="graph" ?hidden=${this.status === 'error'}>
        <svg class="canvas" role="group" aria-label=${label} viewBox=${box ?? nothing}><g></g></svg>
        ${view === undefined ? nothing : this.#legend(view)}
        ${view === undefined ? nothing : this.#sentences(view)}
      </figure>
      ${this.status === 'loading' ? html`<p class="loading" role="status">Loading…</p>` : nothing}
      ${this.#error === undefined ? nothing : errorTemplate(this.#error, this.#fileName)}
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-graph': HatrackGraph
  }
}
