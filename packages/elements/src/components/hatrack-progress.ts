/**
 * `<hatrack-progress>`: a course's lessons with a ✓ beside those solved (progress kept in the
 * browser by `<hatrack-challenge>`), how many are done, and a prompt to the next one. The lessons
 * are the element's links — `<a href="…" data-lesson="01-trust-a-user">Trust a user</a>`, which
 * also serve as the fallback without script — or, without links, the `lessons` attribute
 * (`lessons="01-trust-a-user,02-permission-policy"`). It updates when a challenge on the page is
 * solved, and when another tab records progress.
 *
 * @csspart list - the list of lessons
 * @csspart next - the prompt to the next lesson
 */
import { html, nothing, type TemplateResult } from 'lit'
import { PanelElement } from '../panels/panel-element.ts'
import { safeHref } from '../text/index.ts'
import { tokens } from '../theme/index.ts'
import { isSolved } from '../tutorial/progress/store.ts'
import { tutorialStyles } from '../tutorial/shared-styles.ts'

/** A lesson as listed. */
export interface LessonEntry {
  readonly id: string
  readonly title: string
  readonly href?: string
}

/** The course's progress list. */
export class HatrackProgress extends PanelElement {
  static override properties = {
    course: { type: String },
    lessons: { type: String },
  }

  static override styles = [tokens, tutorialStyles]

  /** The course progress is kept under (`hatrack` when absent), as on the challenges. */
  declare course: string
  /** Lesson ids, comma-separated, when the element holds no `a[data-lesson]` links. */
  declare lessons: string

  readonly #refresh = (): void => this.requestUpdate()
  #observer: MutationObserver | undefined

  constructor() {
    super()
    this.course = ''
    this.lessons = ''
  }

  /** The lessons, in order. */
  get entries(): readonly LessonEntry[] {
    const links = [...this.querySelectorAll('a[data-lesson]')]
    if (links.length > 0)
      return links.map((link) => {
        const href = safeHref(link.getAttribute('href') ?? '')
        const id = link.getAttribute('data-lesson') ?? ''
        return {
          id,
          title: link.textContent?.trim() || id,
          ...(href === undefined ? {} : { href }),
        }
      })
    return this.lessons
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '')
      .map((id) => ({ id, title: id }))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.addEventListener('hatrack-challenge-complete', this.#refresh)
    window.addEventListener('storage', this.#refresh)
    this.#observer = new MutationObserver(this.#refresh)
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    })
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    document.removeEventListener('hatrack-challenge-complete', this.#refresh)
    window.removeEventListener('storage', this.#refresh)
    this.#observer?.disconnect()
  }

  protected override render(): TemplateResult {
    const entries = this.entries
    const solved = entries.map((entry) => isSolved(this.course, entry.id))
    const nextIndex = solved.indexOf(false)
    const next = entries[nextIndex]
    const done = solved.filter(Boolean).length
    return html`
      <p class="count">${done} of ${entries.length} lessons solved</p>
      <ol part="list" class="lessons">
        ${entries.map(
          (entry, index) =>
            html`<li
              class=${solved[index] ? 'held' : ''}
              aria-current=${index === nextIndex ? 'step' : nothing}
            >
              <span class="glyph" aria-hidden="true">${solved[index] ? '✓' : ''}</span
              ><span class="visually-hidden">${solved[index] ? 'Solved: ' : ''}</span
              >${entry.href === undefined ? entry.title : html`<a href=${entry.href}>${entry.title}</a>`}
            </li>`,
        )}
      </ol>
      <p part="next" class="next">
        ${
          next === undefined
            ? entries.length === 0
              ? nothing
              : 'Every lesson is solved.'
            : next.href === undefined
              ? html`Next: ${next.title}`
              : html`Next: <a href=${next.href}>${next.title} →</a>`
        }
      </p>
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hatrack-progress': HatrackProgress
  }
}
