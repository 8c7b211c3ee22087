/**
 * How a frame is applied: `null` at once (a seek, a step back, reduced motion), or animated over
 * `duration` milliseconds. Every layer shares the helpers below.
 */
import type { Transition } from 'd3-transition'

/** The animation of one `show`, or null to apply the frame at once. */
export type Motion = { readonly duration: number } | null

/** The motion for `show`'s options: animated only when asked and the duration is positive. */
export function motionFor(options: {
  readonly animate: boolean
  readonly duration: number
}): Motion {
  return options.animate && options.duration > 0 ? { duration: options.duration } : null
}

/**
 * A promise that resolves when `transition` ends on every element, or is interrupted (a newer
 * frame took over), or has no elements.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ended(transition: Transition<any, any, any, any>): Promise<void> {
  return transition.end().then(
    () => undefined,
    () => undefined,
  )
}

/** The class that gives an element its own compositing layer while it animates (`graphStyles`). */
export const ANIMATING = 'is-animating'

/**
 * Marks the elements of `transition` as animating until it ends, is interrupted or cancelled:
 * their `will-change` lets Chromium fade or move them on their own layer, instead of painting
 * and rasterizing the whole SVG (hundreds of labels) again on every frame.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function composited<T extends Transition<any, any, any, any>>(transition: T): T {
  transition.selection().classed(ANIMATING, true)
  transition.on(
    `end.${ANIMATING} interrupt.${ANIMATING} cancel.${ANIMATING}`,
    function (this: Element) {
      this.classList.remove(ANIMATING)
    },
  )
  return transition
}
