/**
 * Running something once the frame being prepared has been painted: in a task queued from the
 * next animation frame, which the browser runs after that frame's style, layout and paint. The
 * player draws its graph first and its side panels just after, so the first picture does not
 * wait for (and is not laid out together with) the panels. A page that paints no frames (a
 * hidden tab) runs it at once, and a `fallback` timer runs it anyway should frames not come.
 */

/** The timers {@link afterPaint} needs (a window; tests may pass their own). */
export interface PaintClock {
  requestAnimationFrame(callback: () => void): number
  cancelAnimationFrame(handle: number): void
  setTimeout(callback: () => void, ms?: number): number
  clearTimeout(handle: number): void
  readonly document?: { readonly visibilityState?: string }
}

/**
 * Calls `run` once, after the next frame is painted (at once when `clock` is missing or its
 * document is hidden; after `fallback` ms at the latest). Returns a function that cancels it.
 */
export function afterPaint(
  clock: PaintClock | null | undefined,
  run: () => void,
  fallback = 250,
): () => void {
  if (
    clock === null ||
    clock === undefined ||
    typeof clock.requestAnimationFrame !== 'function' ||
    clock.document?.visibilityState === 'hidden'
  ) {
    run()
    return () => undefined
  }
  let done = false
  let task: number | undefined
  const once = (): void => {
    if (done) return
    done = true
    cancel()
    run()
  }
  const frame = clock.requestAnimationFrame(() => {
    task = clock.setTimeout(once, 0)
  })
  const timer = clock.setTimeout(once, fallback)
  function cancel(): void {
    done = true
    clock?.cancelAnimationFrame(frame)
    clock?.clearTimeout(timer)
    if (task !== undefined) clock?.clearTimeout(task)
  }
  return cancel
}
