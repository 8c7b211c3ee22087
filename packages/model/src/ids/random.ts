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
  // nextRandom's step, inlined, and the text made at once: a session token draws hundreds of
  // characters, and a string grown one character at a time is hundreds of objects.
  const codes = new Array<number>(length)
  let current = state
  for (let i = 0; i < length; i++) {
    current = (current + 0x9e3779b9) | 0
    let z = Math.imul(current ^ (current >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    z ^= z >>> 16
    codes[i] = alphabet.charCodeAt((z >>> 0) % alphabet.length)
  }
  return { value: String.fromCharCode(...codes), state: current }
}
