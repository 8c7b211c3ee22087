/**
 * Whether this page's core has loaded a scenario or a trace yet, whichever way (a player, a
 * challenge's check, the sandbox): the warm-up (`warm-up.ts`) is pointless once one has, the
 * code it would compile being compiled already.
 */

let loaded = false

/** Records that a scenario or a trace is being loaded. */
export function noteLoad(): void {
  loaded = true
}

/** Whether a scenario or a trace was loaded. */
export function loadedBefore(): boolean {
  return loaded
}
