/**
 * Fetching a `src` URL's text for any element, and the file name it gives error positions.
 * Never throws: a failure becomes an {@link ElementError} of type `fetch` to show.
 */
import type { ElementError } from '../core/types.ts'

/** Why something failed, in one line. */
export const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** The last segment of a URL's path (`first-role.yaml`), for positions in error messages. */
export function fileNameOf(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? ''
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (name === '') return undefined
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/** The text at `url` (resolved against `base`), or why it could not be fetched. */
export async function fetchText(
  url: string,
  base: string,
  signal?: AbortSignal,
): Promise<{ ok: true; text: string } | { ok: false; error: ElementError }> {
  try {
    const response = await fetch(new URL(url, base), signal === undefined ? {} : { signal })
    if (!response.ok) {
      return {
        ok: false,
        error: {
          type: 'fetch',
          message: `\`${url}\` answered ${response.status} ${response.statusText}`.trim(),
          hint: 'check the `src` URL: it is resolved against the page, and must be served with CORS when it is on another origin',
        },
      }
    }
    return { ok: true, text: await response.text() }
  } catch (e) {
    return {
      ok: false,
      error: {
        type: 'fetch',
        message: `could not fetch \`${url}\`: ${reason(e)}`,
        hint: 'check the `src` URL and that the page may load it (network, CORS, Content-Security-Policy connect-src)',
      },
    }
  }
}
