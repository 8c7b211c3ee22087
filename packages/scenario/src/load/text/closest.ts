/**
 * The names closest to a mistyped one, for "did you mean …?" hints. A name equal but for case
 * wins outright; otherwise the nearest by edit distance, within about a third of its length.
 */
import { editDistance } from './edit-distance.ts'

/** The best matches for `name` among `candidates`, nearest first (at most `max`). */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = name.toLowerCase()
  const limit = Math.max(1, Math.floor(name.length / 3))
  const scored: { candidate: string; distance: number; order: number }[] = []
  let order = 0
  const seen = new Set<string>()
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue
    seen.add(candidate)
    const folded = candidate.toLowerCase()
    const distance = folded === lower ? 0 : editDistance(lower, folded, limit) + 0.5
    if (distance <= limit + 0.5) scored.push({ candidate, distance, order: order++ })
  }
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order)
  const best = scored[0]?.distance ?? 0
  return scored
    .filter((entry) => entry.distance === best)
    .slice(0, max)
    .map((entry) => entry.candidate)
}

/** The single best match, or `undefined`. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  return closestNames(name, candidates, 1)[0]
}
