/**
 * Tab and Shift+Tab in the editor: Tab inserts two spaces at the caret (or indents every line of
 * a selection that spans lines), Shift+Tab removes up to two leading spaces from each selected
 * line. Pure: text and selection in, text and selection out.
 */
import type { EditorSnapshot } from './history.ts'

/** The indent unit: two spaces, as YAML and the pretty-printed JSON use. */
export const INDENT = '  '

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

/** The starts of the lines the selection touches. */
function selectedLineStarts(text: string, start: number, end: number): number[] {
  const starts = [lineStart(text, start)]
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
    starts.push(i + 1)
  return starts
}

/** Tab: two spaces at the caret, or in front of every selected line. */
export function indent(state: EditorSnapshot): EditorSnapshot {
  const { text, selectionStart: start, selectionEnd: end } = state
  if (!text.slice(start, end).includes('\n')) {
    const caret = start + INDENT.length
    return {
      text: text.slice(0, start) + INDENT + text.slice(end),
      selectionStart: caret,
      selectionEnd: caret,
    }
  }
  const starts = selectedLineStarts(text, start, end)
  let out = text
  for (const at of [...starts].reverse()) out = out.slice(0, at) + INDENT + out.slice(at)
  return {
    text: out,
    selectionStart: start + INDENT.length,
    selectionEnd: end + INDENT.length * starts.length,
  }
}

/** Shift+Tab: up to two leading spaces fewer on every selected line. */
export function outdent(state: EditorSnapshot): EditorSnapshot {
  const { text, selectionStart: start, selectionEnd: end } = state
  const starts = selectedLineStarts(text, start, Math.max(start, end - 1))
  let out = text
  let removedBeforeStart = 0
  let removed = 0
  for (const at of [...starts].reverse()) {
    const count = /^ {0,2}/.exec(out.slice(at))?.[0].length ?? 0
    out = out.slice(0, at) + out.slice(at + count)
    removed += count
    if (at === starts[0]) removedBeforeStart = Math.min(count, start - at)
  }
  return {
    text: out,
    selectionStart: start - removedBeforeStart,
    selectionEnd: Math.max(start - removedBeforeStart, end - removed),
  }
}
