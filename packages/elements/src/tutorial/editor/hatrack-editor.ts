/**
 * `<hatrack-editor>` (internal): a code editor for YAML or JSON — a native `<textarea>` over a
 * highlighted copy of its text (spans of text, never HTML), line numbers, issues marked in the
 * gutter and underlined at their column, listed below with their line and column. Tab indents
 * (Escape, then Tab, leaves the editor), Enter keeps the indent, and undo/redo run on its own
 * history (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and buttons), since text set from script clears the
 * browser's. Ctrl+Enter asks to run.
 *
 * @fires hatrack-editor-change - the text changed: `{ value, source: 'input' | 'undo' | 'redo' | 'api' }`
 * @fires hatrack-editor-run - Ctrl+Enter (or Cmd+Enter)
 * @csspart editor - the framed editing area
 * @csspart issues - the list of issues
 * @cssprop --hatrack-editor-height - the editing area's height (from the line count otherwise)
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { EditorIssue } from '../../core/challenge/types.ts'
import { tokens as themeTokens } from '../../theme/index.ts'
import { editorStyles } from './editor-styles.ts'
import { EditHistory, type EditorSnapshot } from './history.ts'
import { indent, outdent } from './indent.ts'
import { issueList, offsetOf } from './issue-list.ts'
import { markLine, marksByLine } from './marks.ts'
import { tokenLines, type EditorLanguage, type Token } from './token.ts'
import { tokenizeJson } from './tokenize-json.ts'
import { tokenizeYaml } from './tokenize-yaml.ts'

/** Where a change came from. */
export type EditorChangeSource = 'input' | 'undo' | 'redo' | 'api'

/** The detail of `hatrack-editor-change`. */
export interface EditorChange {
  readonly value: string
  readonly source: EditorChangeSource
}

let counter = 0

/** The code editor. */
export class HatrackEditor extends LitElement {
  static override properties = {
    language: { type: String, reflect: true },
    label: { type: String },
    issues: { attribute: false },
    readonly: { type: Boolean, reflect: true },
  }

  static override styles = [themeTokens, editorStyles]

  /** `yaml` (default) or `json`: how the text is highlighted. */
  declare language: EditorLanguage
  /** The accessible name of the text area. */
  declare label: string
  /** The problems to mark, placed in the text. */
  declare issues: readonly EditorIssue[]
  /** Whether the text can be changed. */
  declare readonly: boolean

  readonly #history = new EditHistory({ text: '', selectionStart: 0, selectionEnd: 0 })
  readonly #id = `hatrack-editor-${++counter}`
  #tabLeaves = false

  constructor() {
    super()
    this.language = 'yaml'
    this.label = 'Code'
    this.issues = []
    this.readonly = false
  }

  /** The text. Setting it is one undoable edit (use {@link reset} to start a new history). */
  get value(): string {
    return this.#history.present.text
  }
  set value(text: string) {
    const value = String(text)
    if (value === this.value) return
    this.#apply({ text: value, selectionStart: value.length, selectionEnd: value.length }, 'api')
  }

  /** Whether there is an edit to undo. */
  get canUndo(): boolean {
    return this.#history.canUndo
  }
  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.#history.canRedo
  }

  /** Replaces the text and forgets the history (a new document). */
  reset(text: string): void {
    this.#history.clear({ text, selectionStart: 0, selectionEnd: 0 })
    this.requestUpdate()
  }

  /** Undoes the last edit. */
  undo(): void {
    const snapshot = this.#history.undo()
    if (snapshot !== undefined) this.#show(snapshot, 'undo')
  }

  /** Redoes the last undone edit. */
  redo(): void {
    const snapshot = this.#history.redo()
    if (snapshot !== undefined) this.#show(snapshot, 'redo')
  }

  /** Focuses the text area, the caret at `line`:`column` when given. */
  override focus(options?: FocusOptions & { line?: number; column?: number }): void {
    const area = this.#area
    if (area === undefined) return
    area.focus(options)
    if (options?.line !== undefined) {
      const at = offsetOf(area.value, options.line, options.column)
      area.setSelectionRange(at, at)
    }
  }

  get #area(): HTMLTextAreaElement | undefined {
    return this.renderRoot.querySelector('textarea') ?? undefined
  }

  #snapshot(area: HTMLTextAreaElement): EditorSnapshot {
    return {
      text: area.value,
      selectionStart: area.selectionStart,
      selectionEnd: area.selectionEnd,
    }
  }

  /** Records a programmatic edit and shows it. */
  #apply(snapshot: EditorSnapshot, source: EditorChangeSource): void {
    this.#history.record(snapshot)
    this.#show(snapshot, source)
  }

  #show(snapshot: EditorSnapshot, source: EditorChangeSource): void {
    const area = this.#area
    if (area !== undefined) {
      area.value = snapshot.text
      if (this.shadowRoot?.activeElement === area)
        area.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd)
    }
    this.requestUpdate()
    this.#changed(source)
  }

  #changed(source: EditorChangeSource): void {
    const detail: EditorChange = { value: this.value, source }
    this.dispatchEvent(
      new CustomEvent('hatrack-editor-change', { detail, bubbles: true, composed: true }),
    )
  }

  #onInput(event: Event): void {
    const area = event.target as HTMLTextAreaElement
    this.#history.record(this.#snapshot(area), { group: 'type', at: event.timeStamp })
    this.requestUpdate()
    this.#changed('input')
  }

  #onBeforeInput(event: InputEvent): void {
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
      event.preventDefault()
      if (event.inputType === 'historyUndo') this.undo()
      else this.redo()
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const area = event.target as HTMLTextAreaElement
    const mod = event.ctrlKey || event.metaKey
    const tabLeaves = this.#tabLeaves
    this.#tabLeaves = event.key === 'Escape'
    if (mod && event.key === 'Enter') {
      event.preventDefault()
      this.dispatchEvent(new CustomEvent('hatrack-editor-run', { bubbles: true, composed: true }))
      return
    }
    if (mod && !event.altKey && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
      event.preventDefault()
      if (event.key === 'y' || event.shiftKey) this.redo()
      else this.undo()
      return
    }
    if (this.readonly || mod || event.altKey) return
    if (event.key === 'Tab' && !tabLeaves) {
      event.preventDefault()
      this.#apply((event.shiftKey ? outdent : indent)(this.#snapshot(area)), 'input')
    } else if (event.key === 'Enter' && !event.shiftKey) {
      const state = this.#snapshot(area)
      const start = state.text.lastIndexOf('\n', state.selectionStart - 1) + 1
      const lead = /^[ \t]*/.exec(state.text.slice(start, state.selectionStart))?.[0] ?? ''
      if (lead === '') return
      event.preventDefault()
      const caret = state.selectionStart + 1 + lead.length
      this.#apply(
        {
          text: `${state.text.slice(0, state.selectionStart)}\n${lead}${state.text.slice(state.selectionEnd)}`,
          selectionStart: caret,
          selectionEnd: caret,
        },
        'input',
      )
    }
  }

  #onScroll(event: Event): void {
    const area = event.target as HTMLTextAreaElement
    const pre = this.renderRoot.querySelector('pre')
    const gutter = this.renderRoot.querySelector<HTMLElement>('.gutter')
    if (pre !== null) {
      pre.scrollTop = area.scrollTop
      pre.scrollLeft = area.scrollLeft
    }
    if (gutter !== null) gutter.scrollTop = area.scrollTop
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const area = this.#area
    if (area === undefined) return
    // Only when it differs: setting a textarea's value moves its caret to the end.
    if (area.value !== this.value) area.value = this.value
    this.#onScroll({ target: area } as unknown as Event)
    // Through the CSSOM, not a `style` attribute, so a strict CSP (no inline styles) allows it.
    const lines = this.value.split('\n').length
    this.renderRoot
      .querySelector<HTMLElement>('.frame')
      ?.style.setProperty('--_lines', String(Math.min(24, Math.max(6, lines))))
  }

  #tokens(): Token[] {
    return this.language === 'json' ? tokenizeJson(this.value) : tokenizeYaml(this.value)
  }

  protected override render(): TemplateResult {
    const lines = tokenLines(this.#tokens())
    const marks = marksByLine(this.issues)
    const errors = this.issues.some((issue) => issue.severity === 'error')
    const issuesId = `${this.#id}-issues`
    const helpId = `${this.#id}-help`
    return html`
      <div class="frame" part="editor">
        <div class="gutter" aria-hidden="true">
          ${lines.map((_, index) => {
            const mark = marks.get(index + 1)
            return html`<div
              class="ln ${mark?.severity ?? ''}"
              title=${mark?.messages.join('\n') ?? nothing}
            >
              <span class="marker"
                >${mark === undefined ? '' : mark.severity === 'error' ? '✗' : '!'}</span
              >${index + 1}
            </div>`
          })}
        </div>
        <div class="code">
          <pre aria-hidden="true"><code>${lines.map(
            (line, index) =>
              html`${markLine(line, marks.get(index + 1)?.columns ?? []).map(
                (run) =>
                  html`<span class="t-${run.kind} ${run.mark === undefined ? '' : `m-${run.mark}`}"
                    >${run.text}</span
                  >`,
              )}${'\n'}`,
          )}</code></pre>
          <textarea
            wrap="off"
            spellcheck="false"
            autocapitalize="off"
            autocomplete="off"
            aria-label=${this.label}
            aria-describedby="${issuesId} ${helpId}"
            aria-invalid=${errors ? 'true' : 'false'}
            ?readonly=${this.readonly}
            @input=${(e: Event) => this.#onInput(e)}
            @beforeinput=${(e: InputEvent) => this.#onBeforeInput(e)}
            @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e)}
            @scroll=${(e: Event) => this.#onScroll(e)}
          ></textarea>
        </div>
      </div>
      <div class="bar">
        <button type="button" class="undo" ?disabled=${!this.canUndo} @click=${() => this.undo()}>
          Undo
        </button>
        <button type="button" class="redo" ?disabled=${!this.canRedo} @click=${() => this.redo()}>
          Redo
        </button>
        <span id=${helpId}>Tab indents; press Escape, then Tab, to leave the editor.</span>
      </div>
      ${issueList(issuesId, this.issues, (issue) =>
        this.focus({
          ...(issue.line === undefined ? {} : { line: issue.line }),
          ...(issue.column === undefined ? {} : { column: issue.column }),
        }),
      )}
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-editor': HatrackEditor
  }
}
