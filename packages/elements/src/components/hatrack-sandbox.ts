/**
 * `<hatrack-sandbox>`: edit a scenario (`mode="scenario"`) or one policy of it (`mode="policy"`
 * with `target="role:AppRole/trust"`) beside a `<hatrack-player>` that plays the result. Errors
 * show at line and column as you type, and the last good run stays on screen, marked stale; the
 * text re-runs on Run or Ctrl+Enter, and by itself once typing stops and it loads. Fork keeps
 * the steps up to the player's current one so new steps can follow; Undo and Redo walk the
 * editor's history; Reset brings back the original; Copy link shares the edited scenario in the
 * URL fragment (`#hatrack-sandbox=…`, compressed), which the sandbox reads back on load.
 *
 * @fires hatrack-error - the scenario or the target could not be loaded
 * @csspart editor - @csspart issues - (the editor's)
 * @csspart player - the player
 * @csspart error - the load error
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { EditorIssue, TutorialCore } from '../core/challenge/types.ts'
import type { ElementError } from '../core/types.ts'
import { emit } from '../events.ts'
import { PanelElement } from '../panels/panel-element.ts'
import { errorTemplate } from '../player/error-view.ts'
import { narrationInline } from '../text/index.ts'
import { tokens } from '../theme/index.ts'
import type { HatrackEditor } from '../tutorial/editor/hatrack-editor.ts'
import { fetchText, fileNameOf } from '../load/fetch-text.ts'
import { tutorialCore } from '../tutorial/load-text.ts'
import { sandboxStyles } from '../tutorial/sandbox/sandbox-styles.ts'
import { tutorialStyles } from '../tutorial/shared-styles.ts'
import {
  decodeShared,
  encodeShared,
  readFragment,
  shareKey,
  withFragment,
} from '../tutorial/share/share-link.ts'
import type { HatrackPlayer } from './hatrack-player.ts'

/** How long typing pauses before the text is checked and re-run (ms). */
export const RUN_DELAY = 400

/** The sandbox element. */
export class HatrackSandbox extends PanelElement {
  static override properties = {
    src: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    target: { type: String, reflect: true },
    _ready: { state: true },
    _error: { state: true },
    _issues: { state: true },
    _played: { state: true },
    _stale: { state: true },
    _label: { state: true },
    _message: { state: true },
    _link: { state: true },
  }

  static override styles = [tokens, tutorialStyles, sandboxStyles]

  /** URL of the scenario to start from. */
  declare src: string | undefined
  /** `scenario` (default): edit the whole scenario; `policy`: edit the policy `target` names. */
  declare mode: 'scenario' | 'policy'
  /** In policy mode: `role:NAME/trust`, `role:NAME/inline/POLICY`, `policy:NAME`, `resource:NAME`, … */
  declare target: string
  declare _ready: boolean
  declare _error: ElementError | undefined
  declare _issues: readonly EditorIssue[]
  declare _played: string | undefined
  declare _stale: boolean
  declare _label: string
  declare _message: string
  declare _link: string | undefined

  #tutorial: TutorialCore | undefined
  /** The scenario as loaded (Reset brings it back). */
  #original = ''
  /** Policy mode: the scenario the edited policy goes into (Fork cuts its steps). */
  #base = ''
  #text: string | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #seekAfterLoad: number | undefined
  #generation = 0

  constructor() {
    super()
    this.mode = 'scenario'
    this.target = ''
    this._ready = false
    this._issues = []
    this._stale = false
    this._label = 'the scenario'
    this._message = ''
  }

  /** The starting scenario's text; setting it loads it (and wins over `src` until `src` changes). */
  get scenario(): string | undefined {
    return this.#text
  }
  set scenario(text: string | undefined) {
    this.#text = text
    if (text !== undefined) void this.#start(text, ++this.#generation)
  }
  /** The editor's text: the scenario, or in policy mode the policy. */
  get value(): string {
    return this.#editor?.value ?? ''
  }
  set value(text: string) {
    const editor = this.#editor
    if (editor !== undefined) editor.value = text
  }
  /** The whole scenario the player last played. */
  get played(): string | undefined {
    return this._played
  }
  /** Whether the picture shows an earlier text than the editor's (the editor's has errors). */
  get stale(): boolean {
    return this._stale
  }
  /** The player. */
  get player(): HatrackPlayer | undefined {
    return this.renderRoot.querySelector('hatrack-player') ?? undefined
  }

  get #editor(): HatrackEditor | undefined {
    return this.renderRoot.querySelector('hatrack-editor') ?? undefined
  }
  get #policyMode(): boolean {
    return this.mode === 'policy'
  }

  /** Checks the text and, when it loads, plays it; otherwise shows its problems. */
  run(): boolean {
    clearTimeout(this.#timer)
    const tutorial = this.#tutorial
    if (tutorial === undefined) return false
    const text = this.value
    const result = tutorial.checkEdit({
      base: this.#policyMode ? this.#base : text,
      text,
      ...(this.#policyMode ? { target: this.target } : {}),
    })
    if (!result.ok) {
      this._issues = result.issues
      this._stale = this._played !== undefined
      return false
    }
    this._issues = result.warnings
    this._stale = false
    this._played = result.scenario
    return true
  }

  /** Keeps the steps up to the player's current one and drops the later ones. */
  fork(): boolean {
    const tutorial = this.#tutorial
    const player = this.player
    if (tutorial === undefined || player === undefined) return false
    const step = player.step
    const forked = tutorial.forkAt(this.#policyMode ? this.#base : this.value, step)
    if (!forked.ok) {
      this._message = `Cannot fork: ${forked.message}.`
      return false
    }
    if (this.#policyMode) this.#base = forked.text
    else this.value = forked.text
    this.#seekAfterLoad = forked.steps - 1
    this._message = `Forked at step ${step + 1}: the steps after it are gone, add your own.`
    this.run()
    return true
  }

  /** Back to the original scenario (an undoable edit in the editor). */
  reset(): void {
    this.#base = this.#original
    const text = this.#editorText(this.#original)
    if (text !== undefined) this.value = text
    this._message = 'Reset to the original.'
    this.run()
  }

  /** A link to this page that opens the sandbox with the edited scenario; or why it cannot. */
  async shareLink(): Promise<{ ok: true; value: string } | { ok: false; message: string }> {
    let text = this.value
    if (this.#policyMode) {
      if (!this.run() || this._played === undefined)
        return { ok: false, message: 'fix the errors in the policy before sharing it' }
      text = this._played
    }
    const encoded = await encodeShared(text)
    if (!encoded.ok) return encoded
    return { ok: true, value: withFragment(location.href, shareKey(this.id), encoded.value) }
  }

  async #copyLink(): Promise<void> {
    const link = await this.shareLink()
    if (!link.ok) {
      this._link = undefined
      this._message = `Cannot share: ${link.message}.`
      return
    }
    this._link = link.value
    try {
      await navigator.clipboard.writeText(link.value)
      this._message = 'Link copied.'
    } catch {
      this._message = 'Copy the link below.'
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#timer)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const setup = changed.has('src') || changed.has('mode') || changed.has('target')
    if (setup && this.src) void this.#fetch(this.src)
    else if (setup && this.#text !== undefined && this.hasUpdated)
      void this.#start(this.#text, ++this.#generation)
  }

  async #fetch(src: string): Promise<void> {
    const generation = ++this.#generation
    const fetched = await fetchText(src, this.baseURI)
    if (generation !== this.#generation) return
    if (!fetched.ok) return this.#fail(fetched.error)
    await this.#start(fetched.text, generation)
  }

  /** The editor's text for a scenario: itself, or its target policy. */
  #editorText(scenario: string): string | undefined {
    if (!this.#policyMode) return scenario
    const policy = this.#tutorial?.policyTarget(scenario, this.target)
    if (policy === undefined) return undefined
    if (!policy.ok) {
      this.#fail({ type: 'validate', message: policy.message })
      return undefined
    }
    this._label = policy.policy.label
    return policy.policy.text
  }

  async #start(original: string, generation: number): Promise<void> {
    const core = await tutorialCore()
    if (generation !== this.#generation) return
    if (!core.ok) return this.#fail(core.error)
    this.#tutorial = core.tutorial
    const shared = readFragment(location.hash, shareKey(this.id))
    let start = original
    if (shared !== undefined) {
      const decoded = await decodeShared(shared)
      if (generation !== this.#generation) return
      if (decoded.ok) start = decoded.value
      this._message = decoded.ok
        ? 'Opened the scenario shared in the link.'
        : `The shared link could not be opened: ${decoded.message}.`
    }
    this.#original = original
    this.#base = start
    this._error = undefined
    this._label = 'the scenario'
    const text = this.#editorText(start)
    if (text === undefined) return
    this._played = undefined
    this._ready = true
    await this.updateComplete
    this.#editor?.reset(text)
    this.run()
  }

  #fail(error: ElementError): void {
    this._ready = false
    this._error = error
    emit(this, 'hatrack-error', error)
  }

  #onChange(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.run(), RUN_DELAY)
  }

  #onPlayerLoad(): void {
    const step = this.#seekAfterLoad
    this.#seekAfterLoad = undefined
    if (step !== undefined) this.player?.seek(step)
  }

  protected override render(): TemplateResult {
    if (this._error !== undefined)
      return errorTemplate(this._error, this.src ? fileNameOf(this.src) : undefined)
    if (!this._ready) return html`<p class="notice">Loading the sandbox…</p>`
    const language = this.#policyMode ? 'json' : 'yaml'
    return html`
      <div class="toolbar" role="toolbar" aria-label="Sandbox">
        <button type="button" class="primary run-button" @click=${() => this.run()}>Run</button>
        <button type="button" class="fork" @click=${() => this.fork()}>Fork at this step</button>
        <button type="button" class="reset" @click=${() => this.reset()}>Reset</button>
        <button type="button" class="copy-link" @click=${() => void this.#copyLink()}>
          Copy link
        </button>
        <span class="keys">Ctrl+Enter runs; it also runs when you stop typing.</span>
      </div>
      <div role="status" class="status message">${this._message}</div>
      ${
        this._link === undefined
          ? nothing
          : html`<div class="share">
              <label for="link">Link</label>
              <input
                id="link"
                readonly
                .value=${this._link}
                @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
              />
            </div>`
      }
      <div class="split">
        <div class="edit">
          <p class="label">You edit ${narrationInline(this._label)}:</p>
          <hatrack-editor
            exportparts="editor, issues"
            language=${language}
            .label=${`Edit ${this._label.replace(/`/g, '')}`}
            .issues=${this._issues}
            @hatrack-editor-change=${() => this.#onChange()}
            @hatrack-editor-run=${() => this.run()}
          ></hatrack-editor>
        </div>
        <div class="run ${this._stale ? 'stale' : ''}">
          ${
            this._stale
              ? html`<p class="stale-note">
                  Showing the last run that loaded: fix the errors to update it.
                </p>`
              : nothing
          }
          <hatrack-player
            part="player"
            loading="eager"
            .scenario=${this._played}
            @hatrack-load=${() => this.#onPlayerLoad()}
          ></hatrack-player>
        </div>
      </div>
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-sandbox': HatrackSandbox
  }
}
