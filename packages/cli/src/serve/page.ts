/**
 * The page `hatrack serve` answers at `/`: the player, full page, and nothing inline — no script,
 * no style attribute — so it runs under the strict {@link CONTENT_SECURITY_POLICY} the server
 * sends with every answer.
 */

/**
 * The policy every answer carries. Scripts and styles come from the server itself only: no
 * inline script, no `eval` or `new Function`, no inline style element or attribute (Lit's
 * constructed stylesheets and CSSOM writes are not inline styles), and under Trusted Types only
 * Lit's own `lit-html` policy may create HTML, so no `innerHTML` with a string can run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ')

/** The stylesheet of the page around the player (`/page.css`). */
export const PAGE_CSS = `html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: Canvas; color: CanvasText;
  font-family: system-ui, sans-serif; color-scheme: light dark; }
hatrack-player { flex: 1; min-height: 0; }
`

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What the page shows. */
export interface PageOptions {
  /** The scenario's title, for the window's title. */
  readonly title: string
  /** Where the player fetches the scenario from (`/scenario/02-first-role.yaml`). */
  readonly scenarioUrl: string
}

/** The page's HTML. */
export function playerPage(options: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · Hatrack</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">
<script type="module" src="/hatrack.js"></script>
</head>
<body>
<hatrack-player src="${escapeHtml(options.scenarioUrl)}" view="split" deeplink alt="${escapeHtml(options.title)}"></hatrack-player>
</body>
</html>
`
}
