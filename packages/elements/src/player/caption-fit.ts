/**
 * The caption box's height, by layout alone. The box on the stage holds, in its one grid cell,
 * the step's narration and hidden copies ("spacers") of the scenario's few longest narrations,
 * so it is as tall as the tallest of them: no step's narration is cut off, and the box keeps
 * one height from step to step, so the picture above it keeps its size. The browser fits it at
 * every width and size of type (presenter mode), with no measuring in script and nothing laid
 * out twice before the first frame. Which narrations are the likeliest to be the tallest is
 * counted from their length ({@link captionSpacers}).
 *
 * The box takes at most {@link CAPTION_SHARE} of the stage's height (CSS, from the stage's width
 * and aspect ratio). A narration longer than that scrolls: {@link CaptionCue} then makes the box
 * focusable (so a keyboard can scroll it) and fades its bottom edge while there is more below,
 * reading the layout the browser finished for the painted frame. What a page puts in the
 * `caption` slot takes the place of all this and is fitted as it is. A page's
 * `--hatrack-caption-height` sets the height outright.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { afterPaint } from './after-paint.ts'

/** The most of the stage's height the caption may take (also in `styles.ts`). */
export const CAPTION_SHARE = 0.4

/** How many of the longest narrations are laid out hidden in the box. */
const SPACERS = 5

/** Characters in a nominal line, for ranking narrations by the lines they fill. */
const PER_LINE = 60

/**
 * The captions likeliest to be the tallest, most likely first, at most `count`: each paragraph
 * counts the lines its characters fill at {@link PER_LINE} a line, plus a third of a line for the
 * gap after it (a ranking, not a measure: the browser lays the winners out at the real width).
 */
export function tallestCandidates(captions: readonly string[], count = SPACERS): string[] {
  const lines = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .reduce((sum, paragraph) => sum + Math.ceil(paragraph.length / PER_LINE) + 0.35, 0)
  return [...new Set(captions)]
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, lines: lines(text) }))
    .sort((a, b) => b.lines - a.lines)
    .slice(0, count)
    .map(({ text }) => text)
}

const spacersOf = new WeakMap<readonly string[], readonly string[]>()

/** The narrations laid out hidden in the caption box of a scenario with `captions` (kept). */
export function captionSpacers(captions: readonly string[]): readonly string[] {
  let spacers = spacersOf.get(captions)
  if (spacers === undefined) {
    spacers = tallestCandidates(captions)
    spacersOf.set(captions, spacers)
  }
  return spacers
}

/**
 * The scroll cue of a player's caption box, as a Lit reactive controller: after each update of
 * its host, once that frame is painted, the box takes `tabindex="0"` while what it shows is
 * taller than the box, and the class `more` while some of it is below the bottom edge; a new
 * step's narration starts at its top.
 */
export class CaptionCue implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #read: () => { readonly caption: HTMLElement | null; readonly step: number }
  #cancel: (() => void) | undefined
  #step = -1
  readonly #watched = new WeakSet<HTMLElement>()

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    read: () => { readonly caption: HTMLElement | null; readonly step: number },
  ) {
    this.#host = host
    this.#read = read
  }

  hostUpdated(): void {
    this.#cancel?.()
    this.#cancel = afterPaint(this.#host.ownerDocument.defaultView, () => this.#check())
  }

  hostDisconnected(): void {
    this.#cancel?.()
    this.#cancel = undefined
  }

  #check(): void {
    const { caption, step } = this.#read()
    if (caption === null) return
    if (step !== this.#step) caption.scrollTop = 0
    this.#step = step
    const overflows = shownHeight(caption) > caption.clientHeight + 1
    if (overflows) caption.setAttribute('tabindex', '0')
    else caption.removeAttribute('tabindex')
    markMore(caption)
    if (!this.#watched.has(caption)) {
      this.#watched.add(caption)
      caption.addEventListener('scroll', () => markMore(caption), { passive: true })
      caption
        .querySelector('slot[name="caption"]')
        ?.addEventListener('slotchange', () => this.#check())
    }
  }
}

/** Whether the page put anything in the caption's slot. */
function slotted(caption: HTMLElement): boolean {
  const slot = caption.querySelector<HTMLSlotElement>('slot[name="caption"]')
  return (
    slot !== null &&
    slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '')
  )
}

/** The height of what the box shows: the step's narration (not the spacers) or the slotted. */
function shownHeight(caption: HTMLElement): number {
  const narration = caption.querySelector<HTMLElement>('.narration')
  if (slotted(caption) || narration === null) return caption.scrollHeight
  const style = getComputedStyle(caption)
  const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom)
  return narration.offsetHeight + padding
}

/** The `more` class while the box is focusable and some of what it shows is below its edge. */
function markMore(caption: HTMLElement): void {
  const below = shownHeight(caption) - caption.scrollTop - caption.clientHeight
  caption.classList.toggle('more', caption.hasAttribute('tabindex') && below > 1)
}
