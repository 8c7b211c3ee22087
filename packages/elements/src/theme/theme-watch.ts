/**
 * Light or dark for one element, following its `theme` attribute: `light`, `dark`, or `auto`
 * (the default), which follows the host site's own toggle — VitePress's `html.dark` class,
 * Docusaurus's and Starlight's `data-theme="dark"` on `<html>`, MkDocs Material's
 * `data-md-color-scheme="slate"` on `<body>` — and else the system's
 * `prefers-color-scheme`. Sets or clears `data-dark` on the host, which `tokens` reads.
 */
export type Theme = 'auto' | 'light' | 'dark'

/** Whether the page is dark by its own toggle, or by the system's preference when it has none. */
export function pageIsDark(doc: Document = document): boolean {
  const root = doc.documentElement
  const attribute = root.getAttribute('data-theme')
  if (attribute === 'dark') return true
  if (attribute === 'light') return false
  if (root.classList.contains('dark')) return true
  if (root.classList.contains('light')) return false
  // MkDocs Material: `data-md-color-scheme="slate"` on <body> is its dark palette.
  const scheme = doc.body?.getAttribute('data-md-color-scheme') ?? null
  if (scheme === 'slate') return true
  if (scheme === 'default') return false
  return doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ?? false
}

/** Reads a `theme` attribute's value; anything unknown is `auto`. */
export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto'
}

/**
 * Keeps `host`'s `data-dark` in step with `theme()` and the page; returns the function that stops
 * watching (call it from `disconnectedCallback`).
 */
export function watchTheme(host: HTMLElement, theme: () => Theme): () => void {
  const doc = host.ownerDocument
  const apply = (): void => {
    const mode = theme()
    const dark = mode === 'dark' || (mode === 'auto' && pageIsDark(doc))
    host.toggleAttribute('data-dark', dark)
  }
  apply()
  const observer = new MutationObserver(apply)
  const watched = {
    attributes: true,
    attributeFilter: ['class', 'data-theme', 'data-md-color-scheme'],
  }
  observer.observe(doc.documentElement, watched)
  if (doc.body !== null) observer.observe(doc.body, watched)
  const media = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)')
  media?.addEventListener('change', apply)
  return () => {
    observer.disconnect()
    media?.removeEventListener('change', apply)
  }
}
