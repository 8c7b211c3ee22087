/**
 * The port `pnpm start` serves the documentation site on, from the environment: 5173 when `PORT`
 * is unset, the number `PORT` names when it is a whole number from 1 to 65535, and `0` for any
 * free port (the start command prints the address it got). Anything else (empty, blank, signs,
 * decimals, leading zeros, out of range) is refused with a message saying what would work; the
 * start command prints it and exits with status 1. Pure: the caller passes the environment.
 */

/** The port `pnpm start` uses when `PORT` is unset (Vite's, familiar to web developers). */
export const DEFAULT_SITE_PORT = 5173

/** The port to serve on, or why `PORT` cannot be one. */
export type SitePort =
  { readonly ok: true; readonly port: number } | { readonly ok: false; readonly message: string }

const EXPECTED = 'a whole number from 1 to 65535 (or 0 for any free port)'

/** The port `PORT` in `env` names, 5173 without it. */
export function sitePort(env: Readonly<Record<string, string | undefined>>): SitePort {
  const text = env['PORT']
  if (text === undefined) return { ok: true, port: DEFAULT_SITE_PORT }
  if (text.trim() === '')
    return {
      ok: false,
      message: `PORT is set but empty: unset it to serve on ${DEFAULT_SITE_PORT}, or make it ${EXPECTED}.`,
    }
  // Digits only, no sign, no decimal point, no leading zero: what is read is what is meant.
  if (/^(0|[1-9]\d{0,4})$/.test(text)) {
    const port = Number(text)
    if (port <= 65535) return { ok: true, port }
  }
  return {
    ok: false,
    message: `PORT must be ${EXPECTED}, not '${JSON.stringify(text).slice(1, -1)}'.`,
  }
}
