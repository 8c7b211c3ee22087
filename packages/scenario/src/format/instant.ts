/** `start:` — a UTC instant such as `2026-01-01T09:00:00Z`, as epoch milliseconds. */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/

/** The default start of the simulated clock: 2026-01-01T00:00:00Z. */
export const DEFAULT_START = Date.UTC(2026, 0, 1)

/** Epoch milliseconds of `text`, or `undefined` when it names no real UTC time. */
export function parseInstant(text: string): number | undefined {
  const match = INSTANT.exec(text)
  if (match === null) return undefined
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '0', ms = '0'] = match
  const fields = [
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms.padEnd(3, '0')),
  ] as const
  const time = Date.UTC(...fields)
  const check = new Date(time)
  const same =
    check.getUTCFullYear() === fields[0] &&
    check.getUTCMonth() === fields[1] &&
    check.getUTCDate() === fields[2] &&
    check.getUTCHours() === fields[3] &&
    check.getUTCMinutes() === fields[4] &&
    check.getUTCSeconds() === fields[5]
  return same ? time : undefined
}
