/**
 * Playback timing: how long a step's animation lasts and how long the player waits after it so
 * the narration can be read, both scaled by the speed. The durations come from CSS tokens, so a
 * page can tune them, and reduced motion forces the animation's to 0.
 */

/** A CSS time (`600ms`, `0.6s`, `0`) in milliseconds; `fallback` when it is not one. */
export function parseCssTime(value: string, fallback: number): number {
  const match = /^\s*(-?[0-9]*\.?[0-9]+)(ms|s)?\s*$/.exec(value)
  if (match === null) return fallback
  const amount = Number(match[1])
  const ms = match[2] === 's' ? amount * 1000 : amount
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback
}

/** The animation of one step at `speed`: the duration token divided by the speed. */
export function animationTime(duration: number, speed: number): number {
  return speed > 0 ? duration / speed : duration
}

/**
 * How long playback rests on a step after its animation: a base pause (`--hatrack-pause`, 1.5 s
 * by default) plus a twelfth of it per word of the caption (up to 120 words), divided by the
 * speed. About 6.5 s for a 40-word caption at 1×.
 */
export function readingPause(caption: string, speed: number, base: number): number {
  const words = caption.split(/\s+/).filter((word) => word !== '').length
  const pause = base * (1 + Math.min(words, 120) / 12)
  return speed > 0 ? pause / speed : pause
}
