/**
 * What drives a player besides its template: the machine's actor, loading (lazy, near the
 * viewport, with the core warmed a few screens before: `approach.ts`), the graph view, playback
 * timing (the machine has no timers: this sends `TICK` after each step's animation and reading
 * pause), the `hatrack-*` events, the deep link and fullscreen. The element renders; this keeps the state and performs the effects.
 */
import type { ReactiveElement } from 'lit'
import { createActor } from 'xstate'
import type { TraceCheckpoint } from '@hatrack/scenario'
import type { Frame, Loaded } from '../core/types.ts'
import { warmCore } from '../core/lazy.ts'
import { emit } from '../events.ts'
import { Approach } from './approach.ts'
import { GraphView } from '../graph/index.ts'
import { stepFromHash, stepHash } from './deep-link.ts'
import { fileNameOf } from '../load/fetch-text.ts'
import { loadSource, type ScenarioSource } from './load-source.ts'
import { playerMachine, type PlayerContext, type PlayerEvent, type PlayerState } from './machine.ts'
import { animationTime, parseCssTime, readingPause } from './timing.ts'

/** The element an engine works for. */
export interface PlayerHost extends ReactiveElement {
  readonly autoplay: boolean
  readonly deeplink: boolean
  readonly loading: string
}

/** How the engine reaches back into its element. */
export interface PlayerHooks {
  /** Something the template shows changed. */
  changed(): void
  /**
   * Settles when the render asked for by `changed` is done (default: the host's
   * `updateComplete`); the graph is drawn into it then.
   */
  rendered?(): Promise<unknown>
  /** The `<g>` inside the rendered SVG, for the graph view. */
  graphGroup(): SVGGElement | undefined
  /** A node of the graph was chosen. */
  nodeSelected(id: string): void
}

/** The question open before a step: the checkpoint, its step and, once answered, the choice. */
export interface OpenQuestion {
  readonly step: number
  readonly checkpoint: TraceCheckpoint
  readonly choice?: number
}

type Snapshot = ReturnType<ReturnType<typeof createActor<typeof playerMachine>>['getSnapshot']>
const LOADED_STATES: readonly PlayerState[] = ['ready', 'playing', 'ended', 'asking', 'revealed']

/** The state and effects behind one `<hatrack-player>`. */
export class PlayerEngine {
  readonly #host: PlayerHost
  readonly #hooks: PlayerHooks
  readonly #actor = createActor(playerMachine).start()
  #source: ScenarioSource | undefined
  #requested: ScenarioSource | undefined
  #loaded: Loaded | undefined
  #fileName: string | undefined
  #pendingStep: number | undefined
  #playWhenReady = false
  #generation = 0
  #abort: AbortController | undefined
  #graph: GraphView | undefined
  readonly #approach = new Approach()
  #visible = false
  #connected = false
  #timer: ReturnType<typeof setTimeout> | undefined
  #tick = 0
  #onFullscreenExit: (() => void) | undefined

  constructor(host: PlayerHost, hooks: PlayerHooks) {
    this.#host = host
    this.#hooks = hooks
  }

  /** The machine's context. */
  get context(): PlayerContext {
    return this.#actor.getSnapshot().context
  }
  /** The machine's state. */
  get state(): PlayerState {
    return this.#actor.getSnapshot().value
  }
  /** Whether a scenario is loaded and showing a step. */
  get isLoaded(): boolean {
    return LOADED_STATES.includes(this.state) && this.#loaded !== undefined
  }
  /** The loaded scenario. */
  get loaded(): Loaded | undefined {
    return this.#loaded
  }
  /** The frame of the current step. */
  get frame(): Frame | undefined {
    return this.isLoaded ? this.#loaded?.frames.frames[this.context.step] : undefined
  }
  /** The question open before the next step (in `asking` and `revealed`). */
  get question(): OpenQuestion | undefined {
    const { question: step, choice } = this.context
    if (step === undefined || !this.isLoaded) return undefined
    const checkpoint = this.#loaded?.frames.frames[step]?.step.checkpoint
    if (checkpoint === undefined) return undefined
    return { step, checkpoint, ...(choice === undefined ? {} : { choice }) }
  }
  /** Whether playback is on, or held by a question and going on after it. */
  get playingOrHeld(): boolean {
    const state = this.state
    return (
      state === 'playing' || ((state === 'asking' || state === 'revealed') && this.context.resume)
    )
  }
  /** The current step, or before loading the step it will start at. */
  get step(): number {
    return this.isLoaded ? this.context.step : (this.#pendingStep ?? 0)
  }
  /** The scenario's text when it came from the `scenario` property. */
  get scenarioText(): string | undefined {
    return this.#source?.kind === 'text' ? this.#source.text : undefined
  }
  /** The file name positions in errors are prefixed with. */
  get fileName(): string | undefined {
    return this.#fileName
  }

  /** Loads `text` (now, or when the element comes near the viewport). */
  setText(text: string | undefined): void {
    this.#source = text === undefined ? undefined : { kind: 'text', text: String(text) }
    this.#request()
  }
  /** Loads the scenario at `url`. */
  setUrl(url: string): void {
    this.#source = { kind: 'url', url }
    this.#request()
  }
  /** Seeks (`api`), or before loading remembers the step to start at. */
  setStep(step: number): void {
    if (this.isLoaded) this.send({ type: 'SEEK', step, source: 'api' })
    else this.#pendingStep = step
  }

  /** Sends an event to the machine and performs what its change calls for. */
  send(event: PlayerEvent): void {
    const before = this.#actor.getSnapshot()
    this.#actor.send(event)
    this.#react(before, this.#actor.getSnapshot())
  }
  /** Starts playing, or once loaded. */
  play(): void {
    if (this.isLoaded) this.send({ type: 'PLAY' })
    else this.#playWhenReady = true
  }
  /** Stops playing. */
  pause(): void {
    this.#playWhenReady = false
    this.send({ type: 'PAUSE' })
  }
  /** Play or pause (while a question is open: whether playback goes on after it). */
  toggle(): void {
    if (this.playingOrHeld) this.pause()
    else this.play()
  }
  /** Moves the keyboard focus to a node of the graph. */
  focusNode(id: string): void {
    this.#graph?.focusNode(id)
  }

  /** Enters or leaves fullscreen on the host; `onExit` runs when the reader leaves it. */
  fullscreen(on: boolean, onExit: () => void): void {
    const doc = this.#host.ownerDocument
    if (!on) {
      this.#onFullscreenExit = undefined
      if (doc.fullscreenElement === this.#host) void doc.exitFullscreen().catch(() => undefined)
      return
    }
    if (!doc.fullscreenEnabled || typeof this.#host.requestFullscreen !== 'function') return
    this.#host.requestFullscreen().then(
      () => (this.#onFullscreenExit = onExit),
      () => undefined,
    )
  }

  /**
   * Sets the graph view up in the rendered SVG, empty: the element calls it after its first
   * render, so that a scenario coming later only has to be drawn.
   */
  prepareGraph(): void {
    this.#graphView()
  }

  /** The graph view, made on first need in the `<g>` the element rendered (if it has yet). */
  #graphView(): GraphView | undefined {
    if (this.#graph !== undefined) return this.#graph
    const group = this.#hooks.graphGroup()
    if (group === undefined) return undefined
    this.#graph = new GraphView(group, {
      onSelect: (id) => this.#hooks.nodeSelected(id),
      hold: 'size',
    })
    return this.#graph
  }

  /** The element joined a document: start loading (or watching for the viewport). */
  connect(): void {
    this.#connected = true
    const view = this.#host.ownerDocument.defaultView
    view?.addEventListener('hashchange', this.#onHash)
    this.#host.ownerDocument.addEventListener('fullscreenchange', this.#onFullscreen)
    // An eager player fetches and compiles the core now, while its scenario is still coming,
    // and warms it should the page go idle before the scenario comes (a slow `src`).
    if (this.#host.loading === 'eager') warmCore(view)
    this.#request()
  }
  /** The element left its document: pause and stop watching. */
  disconnect(): void {
    this.#connected = false
    this.#approach.stop()
    this.#host.ownerDocument.defaultView?.removeEventListener('hashchange', this.#onHash)
    this.#host.ownerDocument.removeEventListener('fullscreenchange', this.#onFullscreen)
    if (this.playingOrHeld) this.pause()
    this.#stopTimer()
  }

  readonly #onHash = (): void => {
    if (!this.#host.deeplink || !this.isLoaded) return
    const step = stepFromHash(this.#host.ownerDocument.location.hash, this.#host.id)
    if (step !== undefined && step !== this.context.step)
      this.send({ type: 'SEEK', step, source: 'api' })
  }

  readonly #onFullscreen = (): void => {
    if (this.#host.ownerDocument.fullscreenElement === this.#host) return
    const exit = this.#onFullscreenExit
    this.#onFullscreenExit = undefined
    exit?.()
  }

  #request(): void {
    const source = this.#source
    if (!this.#connected || source === undefined || source === this.#requested) return
    const lazy = this.#host.loading !== 'eager' && typeof IntersectionObserver !== 'undefined'
    if (!lazy || this.#visible) {
      void this.#load(source)
      return
    }
    this.#approach.watch(this.#host, {
      nearing: () => warmCore(this.#host.ownerDocument.defaultView),
      near: () => {
        this.#visible = true
        this.#request()
      },
    })
  }

  async #load(source: ScenarioSource): Promise<void> {
    this.#requested = source
    const generation = ++this.#generation
    this.#abort?.abort()
    const abort = (this.#abort = new AbortController())
    this.#loaded = undefined
    this.#fileName = source.kind === 'url' ? fileNameOf(source.url) : source.fileName
    this.send({ type: 'LOAD' })
    const outcome = await loadSource(source, this.#host.ownerDocument.baseURI, abort.signal)
    if (generation !== this.#generation) return
    if (!outcome.ok) {
      this.send({ type: 'FAILED', error: outcome.error })
      emit(this.#host, 'hatrack-error', outcome.error)
      return
    }
    const loaded = (this.#loaded = outcome.loaded)
    const frames = loaded.frames
    const linked = this.#host.deeplink
      ? stepFromHash(this.#host.ownerDocument.location.hash, this.#host.id)
      : undefined
    const step = linked ?? this.#pendingStep ?? 0
    this.send({
      type: 'LOADED',
      stepCount: frames.frames.length,
      chapters: frames.chapters.map((chapter) => chapter.step),
      step,
      // From the trace's steps: frames are made when first read, and only the first is needed now.
      checkpoints: frames.trace.steps.flatMap((traceStep, index) => {
        const checkpoint = traceStep.checkpoint
        return checkpoint ? [{ step: index, choices: checkpoint.choices.length }] : []
      }),
    })
    await (this.#hooks.rendered?.() ?? this.#host.updateComplete)
    if (generation !== this.#generation) return
    const graph = this.#graphView()
    if (graph !== undefined) {
      graph.setLayout(frames.layout)
      graph.fit()
    }
    void this.#show(false)
    emit(this.#host, 'hatrack-load', {
      title: frames.trace.scenario.title,
      stepCount: frames.frames.length,
    })
    if (this.#playWhenReady || this.#host.autoplay) {
      this.#playWhenReady = false
      this.send({ type: 'PLAY' })
    }
  }

  #react(before: Snapshot, after: Snapshot): void {
    if (before === after) return
    this.#hooks.changed()
    const [was, now] = [before.value, after.value]
    if (was !== 'playing' && now === 'playing')
      emit(this.#host, 'hatrack-play', { step: after.context.step })
    if (was === 'playing' && now !== 'playing')
      emit(this.#host, 'hatrack-pause', { step: after.context.step })
    const moved =
      LOADED_STATES.includes(was) &&
      LOADED_STATES.includes(now) &&
      before.context.step !== after.context.step
    let shown: Promise<void> = Promise.resolve()
    if (moved) shown = this.#stepChanged(before.context.step, after.context)
    if (now === 'ended' && was !== 'ended')
      emit(this.#host, 'hatrack-ended', { step: after.context.step })
    if (was === 'asking' && now === 'revealed') this.#answered()
    if (now !== 'playing') this.#stopTimer()
    else if (moved)
      this.#schedule(
        shown,
        readingPause(this.frame?.caption ?? '', after.context.speed, this.#base()),
      )
    else if (was !== 'playing') this.#schedule(shown, this.#base() / after.context.speed)
  }

  #answered(): void {
    const question = this.question
    if (question?.choice === undefined) return
    const { step, choice, checkpoint } = question
    emit(this.#host, 'hatrack-checkpoint', { step, choice, right: choice === checkpoint.answer })
  }

  #stepChanged(previousStep: number, context: PlayerContext): Promise<void> {
    const { step, source } = context
    const shown = this.#show(context.advanced)
    emit(this.#host, 'hatrack-stepchange', { step, previousStep, source })
    const call = this.frame?.call
    if (call !== undefined)
      emit(this.#host, 'hatrack-decision', { step, call, decision: this.frame?.step.decision })
    if (source === 'user' && this.#host.deeplink) {
      const history = this.#host.ownerDocument.defaultView?.history
      history?.replaceState(history.state, '', `#${stepHash(this.#host.id, step)}`)
    }
    return shown
  }

  #show(animate: boolean): Promise<void> {
    const frame = this.frame
    if (frame === undefined || this.#graph === undefined) return Promise.resolve()
    const duration = animate ? animationTime(this.#duration(), this.context.speed) : 0
    return this.#graph.show(frame, { animate: animate && duration > 0, duration })
  }

  /** The animation token (`--_duration`), 0 under reduced motion. */
  #duration(): number {
    const view = this.#host.ownerDocument.defaultView
    const reduced =
      this.#host.hasAttribute('data-reduced-motion') ||
      (view?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false)
    if (reduced || view === null) return 0
    return parseCssTime(view.getComputedStyle(this.#host).getPropertyValue('--_duration'), 600)
  }

  /** The base reading pause (`--hatrack-pause`). */
  #base(): number {
    const view = this.#host.ownerDocument.defaultView
    const value = view?.getComputedStyle(this.#host).getPropertyValue('--hatrack-pause') ?? ''
    return parseCssTime(value, 1500)
  }

  #schedule(after: Promise<void>, pause: number): void {
    this.#stopTimer()
    const token = this.#tick
    void after.then(() => {
      if (token !== this.#tick || this.state !== 'playing') return
      this.#timer = setTimeout(() => {
        if (token === this.#tick && this.state === 'playing') this.send({ type: 'TICK' })
      }, pause)
    })
  }

  #stopTimer(): void {
    this.#tick += 1
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
  }
}
