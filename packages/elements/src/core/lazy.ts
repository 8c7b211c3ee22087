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

/**
 * Starts importing the core without waiting for it, so that fetching and compiling it overlaps
 * with the page's own work (a player about to load calls it as soon as it is connected). A
 * failure is left for the next `loadCore()` to meet and report.
 */
export function preloadCore(): void {
  loadCore().catch(() => undefined)
}
