/**
 * A lazy player watching the reader come toward it: a few screens away (`NEARING_MARGIN`) it has
 * the core imported and warmed (`core/warm-up.ts`, which acts once per page), and near the
 * viewport (`LOADING_MARGIN`) it loads its scenario. Each watch fires once and is then dropped;
 * `stop()` drops both (the element left its document), and `watch()` sets up whichever is gone.
 */

/** How near the viewport a lazy player loads its scenario. */
export const LOADING_MARGIN = '200px'
/**
 * How near a lazy player has the core imported and warmed: about as far ahead as browsers start
 * fetching lazy images.
 */
export const NEARING_MARGIN = '1500px'

/** What to do as the reader approaches. */
export interface ApproachHandlers {
  /** A few screens away. */
  nearing(): void
  /** Near the viewport. */
  near(): void
}

/** Two intersection observers on one element, each disconnected once it has fired. */
export class Approach {
  #nearing: IntersectionObserver | undefined
  #near: IntersectionObserver | undefined

  /** Starts watching `target` (again, after `stop()`); a watch already running is kept. */
  watch(target: Element, handlers: ApproachHandlers): void {
    // The document is the warming watch's root, so its margin also reaches past the edges of a
    // frame the player sits in (the implicit root clips at them). The price: in a frame that is
    // itself off screen, the core warms when the player is near the frame's own viewport.
    // Loading keeps the top-level viewport.
    this.#nearing ??= once(target, NEARING_MARGIN, target.ownerDocument, () => {
      this.#nearing = undefined
      handlers.nearing()
    })
    this.#near ??= once(target, LOADING_MARGIN, null, () => {
      this.#near = undefined
      handlers.near()
    })
  }

  stop(): void {
    this.#nearing?.disconnect()
    this.#near?.disconnect()
    this.#nearing = undefined
    this.#near = undefined
  }
}

/**
 * Observes `target` until it first intersects `root` (the top-level viewport when null) grown by
 * `margin`, then calls `run`.
 */
function once(
  target: Element,
  margin: string,
  root: Document | null,
  run: () => void,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      run()
    },
    { root, rootMargin: margin },
  )
  observer.observe(target)
  return observer
}
