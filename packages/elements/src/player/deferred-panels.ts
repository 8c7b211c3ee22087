/**
 * The side panels (decision, log) of a scenario just loaded, drawn a frame after its graph: the
 * first render leaves the side column empty, and the panels come in the task after the graph's
 * first frame is painted ({@link afterPaint}), so that frame neither waits for them nor lays
 * them out. What ends up on screen is the same.
 */
import { afterPaint } from './after-paint.ts'

/** What the deferral needs of the element. */
export interface PanelsHost<T> {
  /** The element's document, whose window paints the frames. */
  document(): Document
  /** The scenario shown now, once it is loaded. */
  current(): T | undefined
  requestUpdate(): void
  /** Settles when the element's own render is done (not waiting for the panels). */
  rendered(): Promise<boolean>
}

/** Tracks which loaded scenario's panels are drawn, and draws the next one's after a paint. */
export class DeferredPanels<T extends object> {
  readonly #host: PanelsHost<T>
  /** The loaded scenario whose panels are drawn. */
  #drawnFor: T | undefined
  /** Settles once the panels of the scenario just loaded are drawn. */
  #pending: Promise<void> | undefined

  constructor(host: PanelsHost<T>) {
    this.#host = host
  }

  /** Whether the panels of `loaded` are to be rendered. */
  shows(loaded: T | undefined): boolean {
    return loaded !== undefined && loaded === this.#drawnFor
  }

  /** After each update: schedules the panels of the scenario shown, unless they are drawn. */
  schedule(): void {
    const loaded = this.#host.current()
    if (loaded === undefined || loaded === this.#drawnFor || this.#pending !== undefined) return
    this.#pending = new Promise<void>((resolve) => {
      afterPaint(this.#host.document().defaultView, () => {
        this.#drawnFor = loaded
        // A hidden page runs this at once, inside `updated()`: ask for the update after it.
        queueMicrotask(() => {
          this.#host.requestUpdate()
          void this.#host.rendered().then(() => {
            this.#pending = undefined
            resolve()
            // Another scenario may have loaded meanwhile: its panels come after its graph too.
            this.schedule()
          })
        })
      })
    })
  }

  /** `rendered()` once the panels scheduled are drawn too (what `updateComplete` waits for). */
  async settled(): Promise<boolean> {
    let complete = await this.#host.rendered()
    while (this.#pending !== undefined) {
      await this.#pending
      complete = await this.#host.rendered()
    }
    return complete
  }
}
