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
  const overlay = now === 'revealed' ? root.querySelector<HTMLElement>('.checkpoint') : null
  if (overlay !== null && was !== now) overlay.scrollTop = overlay.scrollHeight
}
