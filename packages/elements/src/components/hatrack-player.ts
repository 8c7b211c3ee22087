/**
 * `<hatrack-player>`: loads a scenario (`src`, or the `scenario` property), replays it, and
 * plays its trace as an animated graph with narration, transport, a decision panel, a request
 * log, a table view and details on demand. Shaped like HTMLMediaElement (`play()`, `pause()`,
 * `step`, `paused`, `ended`); its logic is the xstate machine of `player/machine.ts`. The graph
 * is fitted to its picture, but a small scenario is drawn at most 1.25 times its size at the
 * player's font size (larger in presenter mode), centred.
 *
 * @fires hatrack-load - the scenario is loaded: `{ title, stepCount }`
 * @fires hatrack-error - it could not be: `{ type, message, line, column, path, hint, issues }`
 * @fires hatrack-stepchange - `{ step, previousStep, source: 'user' | 'playback' | 'api' }`
 * @fires hatrack-play - playback started
 * @fires hatrack-pause - playback stopped (also just before `hatrack-ended`)
 * @fires hatrack-ended - playback reached the last step
 * @fires hatrack-decision - a step with a call became current: `{ step, call, decision }`
 * @fires hatrack-nodeselect - a node was chosen: `{ id, step }`
 * @fires hatrack-checkpoint - a prediction checkpoint was answered: `{ step, choice, right }`
 * @slot title - replaces the scenario's title
 * @slot caption - replaces the steps' narration on the stage (the status region still reads it)
 * @slot actions - extra buttons at the end of the controls
 * @slot fallback - shown under the error message when the scenario cannot load
 * @csspart graph - the SVG
 * @csspart node - each node of the graph
 * @csspart edge - each edge of the graph
 * @csspart legend - the legend of node and edge kinds, under the controls
 * @csspart controls - the controls bar
 * @csspart timeline - the timeline's range input
 * @csspart caption - the narration of the current step, on the stage
 * @csspart checkpoint - a prediction question asked before a step, on the stage
 * @csspart error - the error box
 * @csspart decision - the decision panel
 * @csspart log - the request log
 * @csspart table - the table view
 * @csspart details - the details side panel
 * @cssprop --hatrack-aspect - the stage's aspect ratio (16 / 10)
 * @cssprop --hatrack-duration - one step's animation (600ms; 0 under reduced motion)
 * @cssprop --hatrack-pause - the base reading pause between steps while playing (1500ms)
 * @cssprop --hatrack-bg - the background (also --hatrack-fg, -muted, -surface, -border, -accent)
 * @cssprop --hatrack-allow - allowed (also --hatrack-explicit-deny, -implicit-deny, -error)
 * @cssprop --hatrack-node-role - role nodes (also -user, -session, -service, -provider, -resource)
 * @cssprop --hatrack-edge-trust - trust edges (also -assume, -request, -denial)
 * @cssprop --hatrack-font - the text font (--hatrack-mono: the code font)
 * @cssprop --hatrack-radius - corner radius
 * @cssprop --hatrack-caption-height - the caption's height (fits the longest narration by default)
 */
import { LitElement, type PropertyValues, type TemplateResult } from 'lit'
import type { ElementError, Loaded } from '../core/types.ts'
import { emit } from '../events.ts'
import { graphStyles } from '../graph/index.ts'
import { followQuestion } from '../player/checkpoint-focus.ts'
import { CaptionCue } from '../player/caption-fit.ts'
import { DeferredPanels } from '../player/deferred-panels.ts'
import { checkpointStyles } from '../player/checkpoint-styles.ts'
import { STEP_COMMANDS, type PlayerCommand } from '../player/hotkeys.ts'
import { keyAction } from '../player/key-action.ts'
import type { CheckpointMark } from '../player/checkpoint-rules.ts'
import type { PlayerState } from '../player/machine.ts'
import { PlayerEngine } from '../player/player-engine.ts'
import { playerTemplate } from '../player/player-view.ts'
import { stageNotice } from '../player/stage-notice.ts'
import { playerStyles } from '../player/styles.ts'
import type { PlayerView } from '../player/transport.ts'
import { ThemeController, tokens, type Theme } from '../theme/index.ts'

/** The scenario player. */
export class HatrackPlayer extends LitElement {
  static override properties = {
    src: { type: String, reflect: true },
    alt: { type: String },
    step: { type: Number, noAccessor: true },
    scenario: { attribute: false, noAccessor: true },
    autoplay: { type: Boolean },
    loop: { type: Boolean, reflect: true },
    speed: { type: Number, reflect: true },
    loading: { type: String },
    layout: { type: String },
    view: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    nocontrols: { type: Boolean },
    nohotkeys: { type: Boolean },
    nocheckpoints: { type: Boolean },
    deeplink: { type: Boolean },
    presenter: { type: Boolean, reflect: true },
    _help: { state: true },
    _details: { state: true },
  }

  static override styles = [tokens, graphStyles, playerStyles, checkpointStyles]

  /** URL of the scenario (YAML or JSON), resolved against the page. */
  declare src: string | undefined
  /** A one-sentence text alternative for the picture (the SVG's `aria-label`). */
  declare alt: string
  /** Start playing once loaded (off by default). */
  declare autoplay: boolean
  /** Start over at the first step after the last one. */
  declare loop: boolean
  /** Playback speed: 0.5, 1 or 2 (any positive number works). */
  declare speed: number
  /**
   * `lazy` (default): load when near the viewport, with the core fetched and warmed a few screens
   * before; `eager`: at once.
   */
  declare loading: 'lazy' | 'eager'
  /** The layout: `lanes` (accounts as lanes), the only one for now. */
  declare layout: string
  /** `graph` (default), `table` or `split`. */
  declare view: PlayerView
  /** `auto` (follow the site), `light` or `dark`. */
  declare theme: Theme
  /** Hide the controls (the keys still work). */
  declare nocontrols: boolean
  /** Turn the keyboard shortcuts off (presenter mode keeps them). */
  declare nohotkeys: boolean
  /** Never stop at prediction checkpoints: every step shows at once. */
  declare nocheckpoints: boolean
  /** Follow and update the URL fragment `#ID-step-N` (`#step-N` without an id). */
  declare deeplink: boolean
  /** Large type for a room (set by presenter mode, or by hand). */
  declare presenter: boolean
  declare _help: boolean
  declare _details: string | undefined

  readonly #engine: PlayerEngine
  #shownState: PlayerState = 'idle'
  /** The side panels of a scenario just loaded come a frame after its graph. */
  readonly #panels = new DeferredPanels<Loaded>({
    document: () => this.ownerDocument,
    current: () => (this.#engine.isLoaded ? this.#engine.loaded : undefined),
    requestUpdate: () => this.requestUpdate(),
    rendered: () => super.getUpdateComplete(),
  })

  constructor() {
    super()
    this.alt = ''
    this.autoplay = false
    this.loop = false
    this.speed = 1
    this.loading = 'lazy'
    this.layout = 'lanes'
    this.view = 'graph'
    this.theme = 'auto'
    this.nocontrols = false
    this.nohotkeys = false
    this.nocheckpoints = false
    this.deeplink = false
    this.presenter = false
    this._help = false
    this._details = undefined
    this.#engine = new PlayerEngine(this, {
      changed: () => this.requestUpdate(),
      rendered: () => super.getUpdateComplete(),
      graphGroup: () => this.renderRoot.querySelector<SVGGElement>('svg.graph > g') ?? undefined,
      nodeSelected: (id) => this.#select(id),
    })
    this.addEventListener('keydown', (e) => this.#onKey(e))
    this.addController(new ThemeController(this, { rerender: true }))
    this.addController(
      new CaptionCue(this, () => ({
        caption: this.renderRoot.querySelector<HTMLElement>('.stage > .caption'),
        step: this.step,
      })),
    )
    // The engine connects and disconnects after the theme and the caption cue (in this order).
    this.addController({
      hostConnected: () => this.#engine.connect(),
      hostDisconnected: () => this.#engine.disconnect(),
    })
  }

  // ---- HTMLMediaElement-like API ----

  /** The scenario's text; setting it loads it (and wins over `src` until `src` changes). */
  get scenario(): string | undefined {
    return this.#engine.scenarioText
  }
  set scenario(text: string | undefined) {
    this.#engine.setText(text)
  }
  /** The current step (0-based); setting it seeks (before loading: the step to start at). */
  get step(): number {
    return this.#engine.step
  }
  set step(value: number) {
    this.#engine.setStep(Number(value))
  }
  /** How many steps the trace has (0 before loading). */
  get stepCount(): number {
    return this.#engine.context.stepCount
  }
  /**
   * `idle`, `loading`, `ready` (paused at a step), `playing`, `ended`, `error`, or around a
   * prediction checkpoint `asking` (its question shows before the step) and `revealed`.
   */
  get state(): PlayerState {
    return this.#engine.state
  }
  /** Whether it is playing. */
  get playing(): boolean {
    return this.state === 'playing'
  }
  /** Whether it is not playing. */
  get paused(): boolean {
    return !this.playing
  }
  /** Whether playback reached the last step. */
  get ended(): boolean {
    return this.state === 'ended'
  }
  /** The loaded scenario (frames, details), once loaded. */
  get loaded(): Loaded | undefined {
    return this.#engine.loaded
  }
  /** Why loading failed, in the `error` state. */
  get error(): ElementError | undefined {
    return this.#engine.context.error
  }
  /** Starts playing (from the first step when at the last); before loading, once loaded. */
  play(): void {
    this.#engine.play()
  }
  /** Stops playing at the current step. */
  pause(): void {
    this.#engine.pause()
  }
  /** One step forward. */
  next(): void {
    this.#engine.send({ type: 'NEXT', source: 'api' })
  }
  /** One step back. */
  prev(): void {
    this.#engine.send({ type: 'PREV', source: 'api' })
  }
  /** To the first step. */
  first(): void {
    this.#engine.send({ type: 'FIRST', source: 'api' })
  }
  /** To the last step. */
  last(): void {
    this.#engine.send({ type: 'LAST', source: 'api' })
  }
  /** To `step` (clamped into the trace); pauses. */
  seek(step: number): void {
    this.#engine.send({ type: 'SEEK', step, source: 'api' })
  }
  /** Answers the open checkpoint question with the 0-based `choice`. */
  answer(choice: number): void {
    this.#engine.send({ type: 'ANSWER', choice })
  }
  /** Runs the step of the answered question (the "Run the step" button). */
  runStep(): void {
    this.#engine.send({ type: 'CONTINUE', source: 'api' })
  }
  /** Step → the reader's choice, or `skipped` when the step showed without its question. */
  get checkpointAnswers(): ReadonlyMap<number, CheckpointMark> {
    return new Map(this.#engine.context.answers)
  }
  /** Forgets every answer: each checkpoint asks again. */
  resetCheckpoints(): void {
    this.#engine.send({ type: 'RESET_CHECKPOINTS' })
  }

  // ---- lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loop')) this.#engine.send({ type: 'SET_LOOP', loop: this.loop })
    if (changed.has('speed')) this.#engine.send({ type: 'SET_SPEED', speed: Number(this.speed) })
    if (changed.has('nocheckpoints'))
      this.#engine.send({ type: 'SET_CHECKPOINTS', enabled: !this.nocheckpoints })
    if (changed.has('src') && this.src) this.#engine.setUrl(this.src)
  }

  protected override firstUpdated(): void {
    // An eager player sets its graph view up now, not between its scenario and its first frame.
    if (this.loading === 'eager') this.#engine.prepareGraph()
  }

  protected override updated(): void {
    const was = this.#shownState
    this.#shownState = this.state
    followQuestion(this, this.renderRoot, was, this.state)
    this.#panels.schedule()
  }

  /** Resolves once everything is drawn, the side panels of a scenario just loaded included. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#panels.settled()
  }

  // ---- interaction ----

  #select(id: string): void {
    this._details = id
    emit(this, 'hatrack-nodeselect', { id, step: this.step })
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.details-close')?.focus(),
    )
  }

  #closeDetails(): void {
    const id = this._details
    this._details = undefined
    if (id !== undefined) void this.updateComplete.then(() => this.#engine.focusNode(id))
  }

  #toggleHelp(): void {
    this._help = !this._help
    if (this._help)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.help-close')?.focus(),
      )
  }

  #togglePresenter(): void {
    this.presenter = !this.presenter
    this.#engine.fullscreen(this.presenter, () => (this.presenter = false))
  }

  #command(command: PlayerCommand): void {
    if (command in STEP_COMMANDS) {
      const type = STEP_COMMANDS[command as keyof typeof STEP_COMMANDS]
      return this.#engine.send({ type, source: 'user' })
    }
    switch (command) {
      case 'toggle':
        if (this.state === 'revealed') return this.runStep()
        return this.#engine.toggle()
      case 'help':
        return this.#toggleHelp()
      case 'table':
        this.view = this.view === 'table' ? 'graph' : 'table'
        return
      case 'presenter':
        return this.#togglePresenter()
      case 'close':
        if (this._details !== undefined) return this.#closeDetails()
        if (this._help) return void (this._help = false)
        if (this.presenter) return this.#togglePresenter()
    }
  }

  #onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented) return
    const action = keyAction(event, this.state, !this.nohotkeys || this.presenter)
    if (action === undefined) return
    event.preventDefault()
    if ('send' in action) this.#engine.send(action.send)
    else this.#command(action.command)
  }

  #onSeek(event: CustomEvent<{ step: number }>): void {
    event.stopPropagation()
    this.#engine.send({ type: 'SEEK', step: event.detail.step, source: 'user' })
  }

  /** A panel inside (the table) chose a node: open its details and re-dispatch from the host. */
  #onInnerSelect(event: CustomEvent<{ id: string }>): void {
    if (event.target === this) return
    event.stopPropagation()
    this.#select(event.detail.id)
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const e = this.#engine
    return playerTemplate({
      engine: e,
      alt: this.alt,
      theme: this.hasAttribute('data-dark') ? 'dark' : 'light',
      notice: stageNotice(this.state, this.error, e.fileName, Boolean(this.src || this.scenario)),
      details: this._details,
      panels: this.#panels.shows(e.loaded),
      controls: !this.nocontrols,
      view: this.view,
      presenter: this.presenter,
      help: this._help,
      answer: (choice) => this.answer(choice),
      closeDetails: () => this.#closeDetails(),
      seek: (ev) => this.#onSeek(ev),
      select: (ev) => this.#onInnerSelect(ev),
      speed: (value) => (this.speed = value),
      loop: () => (this.loop = !this.loop),
      setView: (value) => (this.view = value),
      togglePresenter: () => this.#togglePresenter(),
      toggleHelp: () => this.#toggleHelp(),
    })
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-player': HatrackPlayer
  }
}
