/**
 * Dates as AWS writes them in request contexts and policies: ISO 8601 in UTC, to the second
 * (`2026-01-01T09:00:00Z`), and epoch seconds for `aws:EpochTime`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-currenttime
 */
import type { Instant } from '../world/types.ts'

/** The last instant written, and how. */
let lastInstant = Number.NaN
let lastText = ''

/** `2026-01-01T09:00:00Z`; milliseconds are kept only when the instant has some. */
export function isoInstant(instant: Instant): string {
  // Most calls in a replay ask for the same instant as the last one (the clock moves by steps).
  if (instant === lastInstant) return lastText
  const iso = new Date(instant).toISOString()
  lastInstant = instant
  lastText = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
  return lastText
}

/** Whole seconds since the epoch, as text: the value of `aws:EpochTime`. */
export function epochSeconds(instant: Instant): string {
  return String(Math.floor(instant / 1000))
}
