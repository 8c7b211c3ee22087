/**
 * Durations as authors write them: `90s`, `15m`, `1h30m`, `12h`, `2d`, or a number of seconds
 * (`3600`, or `"3600"`). Units come largest first, each at most once.
 */

const UNITS = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/

/** The longest duration accepted: about 31 years, far beyond anything AWS allows. */
export const MAX_DURATION_SECONDS = 1_000_000_000

/** The result of {@link parseDuration}. */
export type DurationResult =
  { readonly ok: true; readonly seconds: number } | { readonly ok: false; readonly message: string }

/** Reads a duration; a number is seconds. */
export function parseDuration(input: string | number): DurationResult {
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 0)
      return { ok: false, message: 'a duration in seconds is a whole number of at least 0' }
    return input > MAX_DURATION_SECONDS
      ? { ok: false, message: 'the duration is too long' }
      : { ok: true, seconds: input }
  }
  const text = input.trim()
  if (/^\d+$/.test(text)) return parseDuration(Number(text))
  const match = UNITS.exec(text)
  if (text === '' || match === null) {
    return {
      ok: false,
      message: `\`${input}\` is not a duration such as \`90s\`, \`15m\`, \`1h30m\` or \`12h\``,
    }
  }
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match
  const total = Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)
  if (!Number.isSafeInteger(total) || total > MAX_DURATION_SECONDS)
    return { ok: false, message: 'the duration is too long' }
  return { ok: true, seconds: total }
}

/** Writes seconds the way authors do: `1h30m`, `15m`, `90s` → `1m30s`, `0s`. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s'
  const parts: string[] = []
  let rest = seconds
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const count = Math.floor(rest / size)
    if (count > 0) parts.push(`${count}${unit}`)
    rest -= count * size
  }
  return parts.join('')
}
