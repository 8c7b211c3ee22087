/**
 * Step narration as Lit templates: text becomes text nodes and markup becomes elements built
 * from parsed tokens, never `innerHTML`, so a scenario cannot inject HTML through its `say:`.
 */
import { html, type TemplateResult } from 'lit'
import { parseInline, parseNarration, type NarrationInline } from './parse-narration.ts'

/** Narration Markdown-lite (paragraphs, bold, em, code, http(s) or relative links) as paragraphs. */
export function narration(text: string): TemplateResult {
  return html`${parseNarration(text).map((paragraph) => html`<p>${inlines(paragraph.children)}</p>`)}`
}

/** One line of the same markup without a paragraph around it (reasons, mismatch details). */
export function narrationInline(text: string): TemplateResult {
  return html`${inlines(parseInline(text.replace(/\s+/g, ' ').trim()))}`
}

function inlines(tokens: readonly NarrationInline[]): unknown[] {
  return tokens.map(inline)
}

function inline(token: NarrationInline): unknown {
  switch (token.kind) {
    case 'text':
      return token.text
    case 'code':
      return html`<code>${token.text}</code>`
    case 'strong':
      return html`<strong>${inlines(token.children)}</strong>`
    case 'em':
      return html`<em>${inlines(token.children)}</em>`
    case 'link':
      return html`<a href=${token.href} rel="noopener noreferrer">${inlines(token.children)}</a>`
  }
}
