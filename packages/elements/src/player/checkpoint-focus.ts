/**
 * Where the keyboard focus goes around a prediction checkpoint: to the question when it opens,
 * to "Run the step" once answered, and back to the stage when the overlay closes under it. The
 * focus only moves while it is inside the player, or when nothing has it and the question was
 * not reached by playback (a reader elsewhere on the page keeps their keys).
 */
import type { PlayerState } from './machine.ts'

const OPEN: readonly PlayerState[] = ['asking', 'revealed']

/** The selector of the element to focus after `was → now`, or undefined to leave the focus be. */
export function focusTarget(
  was: PlayerState,
  now: PlayerState,
  focus: 'inside' | 'nowhere' | 'elsewhere',
): string | undefined {
  if (was === now || focus === 'elsewhere') return undefined
  if (now === 'asking') return focus === 'inside' || was !== 'playing' ? '.question' : undefined
  if (now === 'revealed') return '.checkpoint .run'
  if (OPEN.includes(was) && focus === 'nowhere') return '.stage'
  return undefined
}

/** Moves the focus inside `host`'s `root` as {@link focusTarget} says. */
export function followQuestion(
  host: HTMLElement,
  root: ParentNode,
  was: PlayerState,
  now: PlayerState,
): void {
  const active = host.ownerDocument.activeElement
  const focus =
    active === host || host.contains(active)
      ? 'inside'
      : active === null || active === host.ownerDocument.body
        ? 'nowhere'
        : 'elsewhere'
  const selector = focusTarget(was, now, focus)
  if (selector !== undefined)
    root.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true })
  // The reveal ends the overlay, which scrolls when the stage is small: bring it into view.
  const overlay = was === now ? null : root.querySelector<HTMLElement>('.checkpoint')
  overlay?.style.removeProperty('padding-bottom')
  if (overlay !== null && now === 'revealed') scrollToEnd(overlay)
}

/** The blocks of a revealed question, in order: its top edge may stop at any of them. */
const BLOCKS = '.choices > li, .reveal > *, .reveal .explain > *, .run'

/**
 * Scrolls `overlay` to its end (the verdict and "Run the step") with its top edge between two
 * blocks, never through a line: at the first block at or past the end's scroll position, with
 * room added under the end to get there. The question scrolled out of view stays a scroll away.
 */
export function scrollToEnd(overlay: HTMLElement): void {
  const most = overlay.scrollHeight - overlay.clientHeight
  if (most <= 0) return
  const origin = overlay.getBoundingClientRect().top + overlay.clientTop - overlay.scrollTop
  const tops = [...overlay.querySelectorAll(BLOCKS)].map(
    (block) => block.getBoundingClientRect().top - origin,
  )
  const gap = Number.parseFloat(getComputedStyle(overlay).paddingTop) || 0
  const stop = tops.map((top) => Math.ceil(top - gap)).find((top) => top >= most) ?? most
  if (stop > most) {
    const padding = Number.parseFloat(getComputedStyle(overlay).paddingBottom) || 0
    overlay.style.setProperty('padding-bottom', `${padding + stop - most}px`)
  }
  overlay.scrollTop = stop
}
