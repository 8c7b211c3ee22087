/**
 * A session's time at one step: active with its time to live (`59m 30s left`), or expired.
 * Times are the trace's ISO instants (the simulated clock), never the wall clock.
 */

/** A duration in words, at most two units: `1h 5m`, `59m 30s`, `45s`. */
export function durationWords(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`
  if (minutes > 0) return seconds > 0 ? `${minutes}m ${seconds}s` : `${minutes}m`
  return `${seconds}s`
}

/** A session's status at `at`, given when it expires. */
export function sessionClock(
  at: string,
  expiresAt: string,
): { readonly status: 'active' | 'expired'; readonly ttl: string } {
  const left = Date.parse(expiresAt) - Date.parse(at)
  if (!(left > 0)) return { status: 'expired', ttl: 'expired' }
  return { status: 'active', ttl: `${durationWords(left)} left` }
}
