/**
 * `<hatrack-challenge>`: a challenge — a start world, a goal written as expectations, one policy
 * document to edit, hints, a reference solution. The reader edits the document and checks it:
 * the grader replays the scenario with it, and each goal item shows ✓ or ✗ with what happened
 * (AWS's message when AWS refused), least privilege names what the document allows beyond the
 * need, and a verdict is announced. Progress (solved, attempts, the last document) is kept in
 * the browser per `course` and `lesson`, and restored on load; once solved, `next` prompts the
 * next lesson.
 *
 * @fires hatrack-challenge-attempt - a document was graded: `{ lesson, solved, failed }`
 * @fires hatrack-challenge-complete - solved (once per element): `{ course, lesson, attempts }`
 * @fires hatrack-error - the challenge could not be loaded
 * @csspart goals - the checklist
 * @csspart editor - @csspart issues - (the editor's)
 * @csspart error - the load error
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { GradeView, LoadedChallenge, EditorIssue } from '../core/challenge/types.ts'
import type { ElementError } from '../core/types.ts'
import { emit } from '../events.ts'
import { PanelElement } from '../panels/panel-element.ts'
import { errorTemplate } from '../player/error-view.ts'
import { narration, narrationInline, safeHref } from '../text/index.ts'
import { tokens } from '../theme/index.ts'
import { challengeStyles } from '../tutorial/challenge/challenge-styles.ts'
import { goalList } from '../tutorial/challenge/goal-list.ts'
import type { HatrackEditor } from '../tutorial/editor/hatrack-editor.ts'
import { fetchText, fileNameOf } from '../load/fetch-text.ts'
import { tutorialCore } from '../tutorial/load-text.ts'
import { lessonFromUrl, readProgress, saveProgress } from '../tutorial/progress/store.ts'
import { tutorialStyles } from '../tutorial/shared-styles.ts'

/** How long typing pauses before the document is checked (ms). */
const CHECK_DELAY = 250

/** The challenge element. */
export class HatrackChallenge extends PanelElement {
  static override properties = {
    src: { type: String, reflect: true },
    course: { type: String },
    lesson: { type: String },
    next: { type: String },
    _loaded: { state: true },
    _error: { state: true },
    _grade: { state: true },
    _issues: { state: true },
    _hints: { state: true },
    _solution: { state: true },
    _confirming: { state: true },
    _solved: { state: true },
    _stale: { state: true },
    _replay: { state: true },
  }

  static override styles = [tokens, tutorialStyles, challengeStyles]

  /** URL of the challenge scenario (YAML or JSON). */
  declare src: string | undefined
  /** The course progress is kept under (`hatrack` when absent). */
  declare course: string
  /** The lesson id progress is kept under; defaults to the file name of `src`. */
  declare lesson: string | undefined
  /** URL of the next lesson, prompted once solved. */
  declare next: string | undefined
  declare _loaded: LoadedChallenge | undefined
  declare _error: ElementError | undefined
  declare _grade: GradeView | undefined
  declare _issues: readonly EditorIssue[]
  declare _hints: number
  declare _solution: boolean
  declare _confirming: boolean
  declare _solved: boolean
  declare _stale: boolean
  /** The scenario with the last graded document, for the replay. */
  declare _replay: string | undefined

  #text: string | undefined
  #attempts = 0
  #completed = false
  #timer: ReturnType<typeof setTimeout> | undefined
  #generation = 0

  constructor() {
    super()
    this.course = ''
    this._issues = []
    this._hints = 0
    this._solution = false
    this._confirming = false
    this._solved = false
    this._stale = false
  }

  /** The challenge scenario's text; setting it loads it (and wins over `src` until `src` changes). */
  get challenge(): string | undefined {
    return this.#text
  }
  set challenge(text: string | undefined) {
    this.#text = text
    if (text !== undefined) void this.#load(text, this.#lesson)
  }

  /** The loaded challenge (goal, start document, hints, solution), once loaded. */
  get loaded(): LoadedChallenge | undefined {
    return this._loaded
  }
  /** The last grade, if the reader has checked. */
  get grade(): GradeView | undefined {
    return this._grade
  }
  /** Whether the challenge is solved (now or in an earlier visit). */
  get solved(): boolean {
    return this._solved
  }
  /** The reader's document. */
  get document(): string {
    return this.#editor?.value ?? ''
  }
  set document(text: string) {
    const editor = this.#editor
    if (editor !== undefined) editor.value = text
  }

  /** Grades the reader's document now. */
  check(): GradeView | undefined {
    const loaded = this._loaded
    if (loaded === undefined) return undefined
    const document = this.document
    const grade = loaded.grade(document)
    const lesson = this.#lesson
    this.#attempts += 1
    this._grade = grade
    this._stale = false
    this._issues = grade.issues
    this._replay = grade.status === 'invalid' ? undefined : loaded.scenarioWith(document)
    const solved = grade.solved || this._solved
    saveProgress(this.course, lesson, { solved, attempts: this.#attempts, document })
    emit(this, 'hatrack-challenge-attempt', { lesson, solved: grade.solved, failed: grade.failed })
    if (grade.solved) {
      this._solved = true
      if (!this.#completed) {
        this.#completed = true
        emit(this, 'hatrack-challenge-complete', {
          course: this.course || 'hatrack',
          lesson,
          attempts: this.#attempts,
        })
      }
    }
    return grade
  }

  get #lesson(): string {
    return this.lesson || (this.src ? lessonFromUrl(this.src) : 'challenge')
  }

  get #editor(): HatrackEditor | undefined {
    return this.renderRoot.querySelector('hatrack-editor') ?? undefined
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#timer)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('src') && this.src) void this.#fetch(this.src)
  }

  async #fetch(src: string): Promise<void> {
    const generation = ++this.#generation
    const fetched = await fetchText(src, this.baseURI)
    if (generation !== this.#generation) return
    if (!fetched.ok) return this.#fail(fetched.error)
    await this.#load(fetched.text, this.#lesson, fileNameOf(src), generation)
  }

  async #load(
    text: string,
    lesson: string,
    fileName?: string,
    generation = ++this.#generation,
  ): Promise<void> {
    const core = await tutorialCore()
    if (generation !== this.#generation) return
    if (!core.ok) return this.#fail(core.error)
    const result = core.tutorial.loadChallenge(text, fileName === undefined ? {} : { fileName })
    if (!result.ok) return this.#fail(result.error)
    const kept = readProgress(this.course, lesson)
    this.#attempts = kept?.attempts ?? 0
    this.#completed = false
    this._solved = kept?.solved === true
    this._error = undefined
    this._grade = undefined
    this._replay = undefined
    this._hints = 0
    this._solution = false
    this._confirming = false
    this._loaded = result.challenge
    await this.updateComplete
    this.#editor?.reset(kept?.document ?? result.challenge.start)
    this._issues = result.challenge.check(this.document)
  }

  #fail(error: ElementError): void {
    this._loaded = undefined
    this._error = error
    emit(this, 'hatrack-error', error)
  }

  #onChange(): void {
    if (this._grade !== undefined) this._stale = true
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      const loaded = this._loaded
      if (loaded !== undefined) this._issues = loaded.check(this.document)
    }, CHECK_DELAY)
  }

  #revealSolution(): void {
    if (this.#attempts === 0 && !this._confirming && !this._solved) {
      this._confirming = true
      return
    }
    this._confirming = false
    this._solution = true
  }

  #reset(): void {
    const loaded = this._loaded
    if (loaded === undefined) return
    this.document = loaded.start
    this._grade = undefined
    this._replay = undefined
    this._stale = false
  }

  protected override render(): TemplateResult {
    if (this._error !== undefined)
      return errorTemplate(this._error, this.src ? fileNameOf(this.src) : undefined)
    const loaded = this._loaded
    if (loaded === undefined) return html`<p class="notice">Loading the challenge…</p>`
    const grade = this._grade
    const items = grade !== undefined && grade.status !== 'invalid' ? grade.items : loaded.items
    return html`
      <header>
        <h2>${loaded.title}${this._solved ? html`<span class="badge">Solved</span>` : nothing}</h2>
        ${loaded.summary === undefined ? nothing : html`<p class="summary">${narrationInline(loaded.summary)}</p>`}
      </header>
      <div class="goal-text">${narration(loaded.goal)}</div>
      <h3>Goal</h3>
      ${goalList(items, grade?.extras ?? [])}
      <p class="edits">You edit ${narrationInline(loaded.editLabel)}:</p>
      <hatrack-editor
        language="json"
        exportparts="editor, issues"
        .label=${`Your version of ${loaded.editLabel.replace(/`/g, '')}`}
        .issues=${this._issues}
        @hatrack-editor-change=${() => this.#onChange()}
        @hatrack-editor-run=${() => this.check()}
      ></hatrack-editor>
      <div class="actions">
        <button type="button" class="primary check" @click=${() => this.check()}>Check</button>
        <button
          type="button"
          class="hint"
          ?disabled=${this._hints >= loaded.hints.length}
          @click=${() => (this._hints += 1)}
        >
          Hint (${this._hints}/${loaded.hints.length})
        </button>
        <button type="button" class="show-solution" @click=${() => this.#revealSolution()}>
          Show solution
        </button>
        <button type="button" class="reset" @click=${() => this.#reset()}>Reset</button>
      </div>
      ${this.#confirm()}
      <ol class="hints" aria-live="polite">
        ${loaded.hints.slice(0, this._hints).map((hint) => html`<li>${narrationInline(hint)}</li>`)}
      </ol>
      <div role="status" class="status verdict">
        ${grade === undefined ? '' : html`${grade.solved ? '✓ ' : grade.status === 'invalid' ? '! ' : '✗ '}${narrationInline(grade.verdict)}`}
      </div>
      ${this._stale ? html`<p class="stale">You have edited the document since this check.</p>` : nothing}
      ${this.#solutionBlock(loaded)} ${this.#nextPrompt()} ${this.#replayBlock()}
    `
  }

  #confirm(): TemplateResult | typeof nothing {
    if (!this._confirming) return nothing
    return html`<p class="confirm" role="group" aria-label="Show the solution?">
      Show the solution before trying it yourself?
      <button type="button" class="confirm-yes" @click=${() => this.#revealSolution()}>
        Show it
      </button>
      <button type="button" class="confirm-no" @click=${() => (this._confirming = false)}>
        Not yet
      </button>
    </p>`
  }

  #solutionBlock(loaded: LoadedChallenge): TemplateResult | typeof nothing {
    if (!this._solution) return nothing
    return html`<section class="solution" aria-label="Reference solution">
      <h3>Reference solution</h3>
      <pre><code>${loaded.solution}</code></pre>
      <button type="button" class="use-solution" @click=${() => (this.document = loaded.solution)}>
        Put it in the editor
      </button>
    </section>`
  }

  #replayBlock(): TemplateResult | typeof nothing {
    if (this._replay === undefined) return nothing
    return html`<details class="replay">
      <summary>Watch the replay with your document</summary>
      <hatrack-player .scenario=${this._replay}></hatrack-player>
    </details>`
  }

  #nextPrompt(): TemplateResult | typeof nothing {
    const href = this.next === undefined ? undefined : safeHref(this.next)
    if (!this._solved || href === undefined) return nothing
    return html`<p class="next"><a href=${href}>Next lesson →</a></p>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-challenge': HatrackChallenge
  }
}
