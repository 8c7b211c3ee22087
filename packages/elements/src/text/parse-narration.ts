/**
 * The tokenizer behind step narration: a Markdown-lite that knows paragraphs, `**bold**`,
 * `*em*`, `` `code` `` and links `[text](url)`, nothing else. It returns plain data; the
 * renderer turns it into Lit templates, so no string from a scenario is ever parsed as HTML.
 * A link whose URL is not http(s) or relative (`javascript:`, `data:`, …) never becomes a link:
 * its text stays, as plain text.
 */
import { safeHref } from './safe-href.ts'

/** One run of inline content. */
export type NarrationInline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly NarrationInline[] }
  | { readonly kind: 'em'; readonly children: readonly NarrationInline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly NarrationInline[] }

/** A paragraph: the only block narration has. */
export interface NarrationParagraph {
  readonly kind: 'paragraph'
  readonly children: readonly NarrationInline[]
}

const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '#', '!'])

/** Splits narration into paragraphs (blank lines apart); line breaks inside one become spaces. */
export function parseNarration(text: string): NarrationParagraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((block) => block !== '')
    .map((block) => ({ kind: 'paragraph', children: parseInline(block) }))
}

/** Parses one paragraph's inline markup. */
export function parseInline(text: string, allowLinks = true): NarrationInline[] {
  const out: NarrationInline[] = []
  let plain = ''
  const flush = (): void => {
    if (plain !== '') out.push({ kind: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    const next = text[i + 1]
    if (char === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      plain += next
      i += 2
      continue
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1)
      if (end > i + 1) {
        flush()
        out.push({ kind: 'code', text: text.slice(i + 1, end) })
        i = end + 1
        continue
      }
    }
    if (char === '*' && next === '*') {
      const end = text.indexOf('**', i + 2)
      if (end > i + 2 && isFlanked(text.slice(i + 2, end))) {
        flush()
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end), allowLinks) })
        i = end + 2
        continue
      }
    } else if (char === '*') {
      const end = text.indexOf('*', i + 1)
      if (end > i + 1 && text[end + 1] !== '*' && isFlanked(text.slice(i + 1, end))) {
        flush()
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), allowLinks) })
        i = end + 1
        continue
      }
    }
    if (char === '[' && allowLinks) {
      const link = readLink(text, i)
      if (link !== undefined) {
        flush()
        const children = parseInline(link.label, false)
        const href = safeHref(link.url)
        if (href === undefined) out.push(...children)
        else out.push({ kind: 'link', href, children })
        i = link.end
        continue
      }
    }
    plain += char
    i += 1
  }
  flush()
  return mergeText(out)
}

/** Emphasis needs text that does not start or end with a space (`a * b * c` is no emphasis). */
function isFlanked(inner: string): boolean {
  return inner.trim() === inner
}

function readLink(
  text: string,
  start: number,
): { label: string; url: string; end: number } | undefined {
  const close = text.indexOf(']', start + 1)
  if (close < 0 || text[close + 1] !== '(') return undefined
  const end = closingParen(text, close + 2)
  if (end < 0) return undefined
  const label = text.slice(start + 1, close)
  if (label.trim() === '') return undefined
  return { label, url: text.slice(close + 2, end).trim(), end: end + 1 }
}

/** The `)` that closes a link's URL: parentheses inside it must balance, as in CommonMark. */
function closingParen(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]
    if (char === '(') depth += 1
    else if (char === ')') {
      if (depth === 0) return i
      depth -= 1
    }
  }
  return -1
}

function mergeText(tokens: NarrationInline[]): NarrationInline[] {
  const out: NarrationInline[] = []
  for (const token of tokens) {
    const last = out[out.length - 1]
    if (token.kind === 'text' && last?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: last.text + token.text }
    else out.push(token)
  }
  return out
}
