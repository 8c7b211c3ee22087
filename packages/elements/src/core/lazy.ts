/**
 * The core, loaded on demand. The components import this small module; the heavy part (YAML,
 * the scenario loader, the model, the engine) comes with `./index.ts`, fetched the first time
 * a component needs it and shared by every component of the page afterwards.
 */
import type { Core } from './types.ts'

let pending: Promise<Core> | undefined

/** The core module, imported once (a failed import is retried on the next call). */
export function loadCore(): Promise<Core> {
  if (pending === undefined) {
    pending = import('./index.ts').then(
      (module) => module.core,
      (error: unknown) => {
        pending = undefined
        throw error
      },
    )
  }
  return pending
}

/** What {@link warmCore} needs of the page's window. */
export interface IdleClock {
  requestIdleCallback?(callback: () => void, options?: { timeout?: number }): number
  setTimeout(callback: () => void, ms?: number): number
}

/**
 * A function that imports the core with `load` and, once the page is idle, warms it
 * (`warm-up.ts`): for a lazy player the reader is scrolling toward, or an eager one whose file
 * is still coming, so that its first frame runs compiled code. The import starts at once, so
 * fetching and compiling the core overlaps with the page's own work. It acts once (again only
 * after a failed import); the core itself skips the warm-up if a scenario was loaded meanwhile.
 */
export function createCoreWarmer(
  load: () => Promise<Core>,
): (clock: IdleClock | null | undefined) => void {
  let warming = false
  return (clock) => {
    if (warming || clock === null || clock === undefined) return
    warming = true
    load().then(
      (core) => {
        const warm = (): void => void core.warmUp?.()
        if (typeof clock.requestIdleCallback === 'function')
          clock.requestIdleCallback(warm, { timeout: 2000 })
        else clock.setTimeout(warm, 200)
      },
      () => {
        // The next loadCore() meets the failure and reports it; a later player may try again.
        warming = false
      },
    )
  }
}

/** Warms this page's core (see {@link createCoreWarmer}). */
export const warmCore = createCoreWarmer(loadCore)
