/**
 * The caption's height: as tall as the scenario's longest caption at the caption's width, so that
 * no step's narration is cut off, and the same for every step, so that the picture above it
 * keeps its size from step to step. Measured once per scenario, and again when the stage changes
 * size or the type does (presenter mode): the captions likeliest to be the tallest are laid out
 * in hidden copies of the caption box, and the tallest wins, up to {@link CAPTION_SHARE} of the
 * stage's height. A longer one scrolls; the caption then takes focus (so a keyboard can scroll
 * it) and fades out at its bottom edge while there is more below. What a page puts in the
 * `caption` slot is fitted the same way, as it is. A page's `--hatrack-caption-height` overrides
 * all this.
 */
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit'
import { narration } from '../text/index.ts'

/** The most of the stage's height the caption may take. */
export const CAPTION_SHARE = 0.4

/** What the measure depends on, besides the captions: a change of any means measuring again. */
interface Measure {
  readonly width: number
  readonly height: number
  readonly font: string
}

/** What the fit reads of its player after each update. */
export interface CaptionSource {
  /** The stage (`.stage`, holding `.caption`), once rendered. */
  readonly stage: HTMLElement | null
  /** The captions of the scenario shown, `undefined` while none is loaded. */
  readonly captions: readonly string[] | undefined
  /** The step shown. */
  readonly step: number
}

/**
 * Fits a player's caption box to its scenario's captions (see the module's comment), as a Lit
 * reactive controller: after each update of its host, and again when the host is put back in a
 * document (its stage's size is watched only while connected).
 */
export class CaptionFit implements ReactiveController {
  readonly #host: ReactiveControllerHost
  readonly #read: () => CaptionSource
  #connectedBefore = false

  constructor(host: ReactiveControllerHost, read: () => CaptionSource) {
    this.#host = host
    this.#read = read
  }

  hostConnected(): void {
    if (this.#connectedBefore) this.#host.requestUpdate()
    this.#connectedBefore = true
  }

  hostUpdated(): void {
    const { stage, captions, step } = this.#read()
    this.update(stage, captions, step)
  }

  hostDisconnected(): void {
    this.disconnect()
  }

  #captions: readonly string[] | undefined
  #step = -1
  #stage: HTMLElement | undefined
  #caption: HTMLElement | undefined
  #measure: Measure | undefined
  #height: number | undefined
  #observer: ResizeObserver | undefined

  /**
   * After each render: the stage (`.stage`, holding `.caption`), the captions of the scenario it
   * shows (`undefined` while none is loaded) and the step shown.
   */
  update(stage: HTMLElement | null, captions: readonly string[] | undefined, step: number): void {
    const caption = stage?.querySelector<HTMLElement>(':scope > .caption') ?? undefined
    // A new step's narration starts at its top, wherever the reader scrolled the last one.
    if (caption !== undefined && (step !== this.#step || caption !== this.#caption))
      caption.scrollTop = 0
    this.#step = step
    if (stage !== this.#stage) this.#observe(stage ?? undefined)
    const changed =
      captions !== this.#captions || caption !== this.#caption || !sameMeasure(this.#now())
    this.#captions = captions
    this.#caption = caption
    if (changed) this.#fit()
    this.#cue()
  }

  /** Stops watching the stage's size. */
  disconnect(): void {
    this.#observer?.disconnect()
    this.#observer = undefined
    this.#stage = undefined
  }

  #observe(stage: HTMLElement | undefined): void {
    this.#observer?.disconnect()
    this.#stage = stage
    if (stage === undefined || typeof ResizeObserver !== 'function') return
    // The caption's own height never changes the stage's size, so this cannot loop.
    this.#observer = new ResizeObserver(() => {
      if (!sameMeasure(this.#now())) {
        this.#fit()
        this.#cue()
      }
    })
    this.#observer.observe(stage)
  }

  /** The stage's size and the caption's type now, or `undefined` with nothing to fit. */
  #now(): { readonly current: Measure | undefined; readonly last: Measure | undefined } {
    const stage = this.#stage
    const caption = this.#caption
    if (stage === undefined || caption === undefined || !caption.isConnected)
      return { current: undefined, last: this.#measure }
    const style = getComputedStyle(caption)
    return {
      current: {
        width: stage.clientWidth,
        height: stage.clientHeight,
        font: `${style.fontSize} ${style.fontFamily} ${style.lineHeight}`,
      },
      last: this.#measure,
    }
  }

  #fit(): void {
    const stage = this.#stage
    const caption = this.#caption
    const captions = this.#captions
    const { current } = this.#now()
    this.#measure = current
    if (stage === undefined || caption === undefined || captions === undefined || !current) {
      this.#height = undefined
      caption?.style.removeProperty('--_caption-fit')
      return
    }
    const slot = caption.querySelector<HTMLSlotElement>('slot[name="caption"]')
    if (slot !== null && !watched.has(slot)) {
      watched.add(slot)
      slot.addEventListener('slotchange', () => {
        this.#fit()
        this.#cue()
      })
    }
    const tallest = slotted(slot)
      ? naturalHeight(caption)
      : tallestCaption(stage, caption, captions)
    const height = Math.ceil(Math.min(tallest, current.height * CAPTION_SHARE))
    this.#height = height
    caption.style.setProperty('--_caption-fit', `${height}px`)
  }

  /** Marks a caption with more than it shows: focusable, and faded at the bottom while so. */
  #cue(): void {
    const caption = this.#caption
    if (caption === undefined) return
    const overflows = this.#height !== undefined && caption.scrollHeight > caption.clientHeight + 1
    if (overflows) caption.setAttribute('tabindex', '0')
    else caption.removeAttribute('tabindex')
    markMore(caption)
    if (overflows && !watched.has(caption)) {
      watched.add(caption)
      caption.addEventListener('scroll', () => markMore(caption), { passive: true })
    }
  }
}

/** Captions whose scrolling, and slots whose content, are watched already. */
const watched = new WeakSet<HTMLElement>()

/** Whether the page put anything in the caption's slot. */
function slotted(slot: HTMLSlotElement | null): boolean {
  return (
    slot !== null &&
    slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '')
  )
}

/** The border-box height `caption` takes with its height left to its content. */
function naturalHeight(caption: HTMLElement): number {
  caption.style.setProperty('--_caption-fit', 'auto')
  return caption.offsetHeight
}

/** The `more` class while `caption` has more below what it shows. */
function markMore(caption: HTMLElement): void {
  const below = caption.scrollHeight - caption.scrollTop - caption.clientHeight
  caption.classList.toggle('more', caption.hasAttribute('tabindex') && below > 1)
}

function sameMeasure({
  current,
  last,
}: {
  readonly current: Measure | undefined
  readonly last: Measure | undefined
}): boolean {
  if (current === undefined || last === undefined) return current === last
  return (
    current.width === last.width && current.height === last.height && current.font === last.font
  )
}

/** How many of the captions likeliest to be the tallest are laid out to find it. */
const MEASURED = 5

/**
 * The captions likeliest to be the tallest at `width` pixels with type of `em` pixels, most
 * likely first: each paragraph counts the lines its characters fill at half an em a character
 * (narration's Markdown-lite marks are a few characters either way).
 */
export function tallestCandidates(
  captions: readonly string[],
  width: number,
  em: number,
  count = MEASURED,
): string[] {
  const perLine = Math.max(1, Math.floor(width / (em * 0.5)))
  const lines = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .reduce((sum, paragraph) => sum + Math.ceil(paragraph.length / perLine) + 0.35, 0)
  return [...new Set(captions)]
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, lines: lines(text) }))
    .sort((a, b) => b.lines - a.lines)
    .slice(0, count)
    .map(({ text }) => text)
}

/**
 * The border-box height of the tallest of `captions` laid out as the stage's caption is: in
 * hidden boxes of the caption's class, appended to the stage for one layout and removed. Only
 * the few likeliest to be the tallest ({@link tallestCandidates}) are laid out: a scenario may
 * have a hundred steps, and this runs before its first frame.
 */
function tallestCaption(
  stage: HTMLElement,
  caption: HTMLElement,
  captions: readonly string[],
): number {
  const em = Number.parseFloat(getComputedStyle(caption).fontSize) || 16
  const probe = stage.ownerDocument.createElement('div')
  probe.className = 'caption-probe'
  probe.setAttribute('aria-hidden', 'true')
  for (const text of tallestCandidates(captions, caption.clientWidth, em)) {
    const box = stage.ownerDocument.createElement('div')
    box.className = 'caption'
    render(narration(text), box)
    probe.append(box)
  }
  stage.append(probe)
  let tallest = 0
  for (const box of probe.children) tallest = Math.max(tallest, (box as HTMLElement).offsetHeight)
  probe.remove()
  return tallest
}
