/**
 * Narration for a terminal: Markdown blocks (paragraphs, headings, lists, quotes, code blocks)
 * rendered plainly, wrapped to a width, each line indented. Inline formatting by `renderInline`.
 */
import { renderInline, visibleLength } from './inline.ts'
import type { Style } from './style.ts'

/** How narration is laid out. */
export interface MarkdownLayout {
  /** The width lines wrap at, indent included. */
  readonly width: number
  /** Put before every line. */
  readonly indent: string
}

/** Words of `text` wrapped into lines of at most `width` visible characters (a long word overflows). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/ +/)) {
    if (word === '') continue
    if (line !== '' && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

interface Block {
  readonly kind: 'paragraph' | 'heading' | 'item' | 'quote' | 'code' | 'blank'
  readonly text: string
  /** For list items: the marker (`•`, `1.`). */
  readonly marker?: string
}

const ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/

function blocks(markdown: string): Block[] {
  const out: Block[] = []
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  let fence: string[] | undefined
  for (const raw of lines) {
    if (fence !== undefined) {
      if (/^\s*(```|~~~)/.test(raw)) {
        out.push({ kind: 'code', text: fence.join('\n') })
        fence = undefined
      } else fence.push(raw)
      continue
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = []
      continue
    }
    const line = raw.trim()
    const last = out[out.length - 1]
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line)
    const item = ITEM.exec(raw)
    if (line === '') out.push({ kind: 'blank', text: '' })
    else if (heading !== null) out.push({ kind: 'heading', text: heading[1] ?? '' })
    else if (item !== null) {
      const marker = /\d/.test(item[2] ?? '') ? (item[2] ?? '') : '•'
      out.push({ kind: 'item', text: item[3] ?? '', marker: `${item[1] ?? ''}${marker}` })
    } else if (line.startsWith('>')) {
      const text = line.replace(/^>\s?/, '')
      if (last?.kind === 'quote') out[out.length - 1] = { ...last, text: `${last.text} ${text}` }
      else out.push({ kind: 'quote', text })
    } else if (last !== undefined && (last.kind === 'paragraph' || last.kind === 'item'))
      out[out.length - 1] = { ...last, text: `${last.text} ${line}` }
    else out.push({ kind: 'paragraph', text: line })
  }
  if (fence !== undefined) out.push({ kind: 'code', text: fence.join('\n') })
  return out
}

/** `markdown` as terminal lines (without newlines), blank lines between blocks kept to one. */
export function renderMarkdown(markdown: string, style: Style, layout: MarkdownLayout): string[] {
  const { indent } = layout
  const room = Math.max(20, layout.width - indent.length)
  const lines: string[] = []
  for (const block of blocks(markdown)) {
    switch (block.kind) {
      case 'blank':
        if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('')
        break
      case 'heading':
        for (const line of wrap(renderInline(block.text, style), room))
          lines.push(`${indent}${style.bold(line)}`)
        break
      case 'paragraph':
        for (const line of wrap(renderInline(block.text, style), room))
          lines.push(`${indent}${line}`)
        break
      case 'item': {
        const marker = block.marker ?? '•'
        const hang = ' '.repeat(marker.length + 1)
        wrap(renderInline(block.text, style), room - hang.length).forEach((line, index) =>
          lines.push(`${indent}${index === 0 ? `${marker} ` : hang}${line}`),
        )
        break
      }
      case 'quote':
        for (const line of wrap(renderInline(block.text, style), room - 2))
          lines.push(`${indent}${style.dim('│')} ${line}`)
        break
      case 'code':
        for (const line of block.text.split('\n')) lines.push(`${indent}  ${style.dim(line)}`)
        break
    }
  }
  while (lines[lines.length - 1] === '') lines.pop()
  return lines
}
