/** The safe text renderers: narration Markdown-lite as Lit templates, never as HTML strings. */
export { narration, narrationInline } from './narration.ts'
export { parseInline, parseNarration } from './parse-narration.ts'
export type { NarrationInline, NarrationParagraph } from './parse-narration.ts'
export { safeHref } from './safe-href.ts'
