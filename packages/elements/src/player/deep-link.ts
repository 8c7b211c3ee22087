/**
 * Deep links to a step: the URL fragment `#ID-step-N` selects step N (counted from 1, as the
 * step counter shows it) of the player whose `id` is ID, or `#step-N` for a player without an id.
 * Opt-in with the player's `deeplink` attribute.
 */

/** The fragment (without `#`) that names `step` (0-based) of the player with `id`. */
export function stepHash(id: string, step: number): string {
  const n = Math.max(0, Math.trunc(step)) + 1
  return id === '' ? `step-${n}` : `${id}-step-${n}`
}

/**
 * The step (0-based) a URL fragment names for the player with `id`, or undefined when the
 * fragment is about something else. `hash` may start with `#` and may be percent-encoded.
 */
export function stepFromHash(hash: string, id: string): number | undefined {
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash
  try {
    fragment = decodeURIComponent(fragment)
  } catch {
    return undefined
  }
  const prefix = id === '' ? 'step-' : `${id}-step-`
  if (!fragment.startsWith(prefix)) return undefined
  const number = fragment.slice(prefix.length)
  if (!/^[0-9]{1,6}$/.test(number)) return undefined
  const n = Number(number)
  return n >= 1 ? n - 1 : undefined
}
