/**
 * The seeded generator behind every id, secret and token: a 32-bit state advanced by the
 * SplitMix32 step (as d3's `lcg.js` injects randomness, the state lives in the world). The same
 * seed and the same operations give the same ids, credentials and results, everywhere.
 */

/** Advances the state and returns a uniformly spread 32-bit unsigned value with the new state. */
export function nextRandom(state: number): { readonly value: number; readonly state: number } {
  const next = (state + 0x9e3779b9) | 0
  let z = next
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  z ^= z >>> 16
  return { value: z >>> 0, state: next }
}

/** Draws `length` characters from `alphabet`, returning them with the new state. */
export function randomString(
  state: number,
  alphabet: string,
  length: number,
): { readonly value: string; readonly state: number } {
  let text = ''
  let current = state
  for (let i = 0; i < length; i++) {
    const draw = nextRandom(current)
    current = draw.state
    text += alphabet[draw.value % alphabet.length]
  }
  return { value: text, state: current }
}
