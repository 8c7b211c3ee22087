/**
 * Which link targets narration may carry: http(s) URLs and relative ones (`/guide/`, `#step-3`,
 * `../roles.html`). Everything else — `javascript:`, `data:`, `vbscript:`, `file:` — is refused.
 * The URL parser decides, as the browser would (it drops tabs and new lines inside a scheme, so
 * `java\tscript:` is still `javascript:`).
 */
const BASE = 'https://relative.hatrack.invalid/'

/** The URL to put in `href`, or `undefined` when it may not be a link. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim()
  if (trimmed === '' || /[\s<>"]/.test(trimmed)) return undefined
  let parsed: URL
  try {
    parsed = new URL(trimmed, BASE)
  } catch {
    return undefined
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? trimmed : undefined
}
