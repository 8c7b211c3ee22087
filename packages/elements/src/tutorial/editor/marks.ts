/**
 * Where the editor underlines: the issues placed on each line, and a line's tokens cut so that
 * the run from an issue's column to the end of the token it falls in is marked (one character
 * past the end of the line when the column is there). Pure, for the highlighter.
 */
import type { EditorIssue } from '../../core/challenge/types.ts'
import type { Token, TokenKind } from './token.ts'

/** A run of a line, maybe underlined. */
export interface MarkedRun {
  readonly kind: TokenKind
  readonly text: string
  readonly mark?: 'error' | 'warning'
}

/** One line's worst issue, and the columns (1-based) to underline. */
export interface LineMarks {
  readonly severity: 'error' | 'warning'
  readonly columns: readonly { readonly column: number; readonly severity: 'error' | 'warning' }[]
  /** The messages, for the gutter's tooltip. */
  readonly messages: readonly string[]
}

/** The issues with a line, by line (1-based). */
export function marksByLine(issues: readonly EditorIssue[]): Map<number, LineMarks> {
  const lines = new Map<number, LineMarks>()
  for (const issue of issues) {
    if (issue.line === undefined) continue
    const known = lines.get(issue.line)
    const columns =
      issue.column === undefined ? [] : [{ column: issue.column, severity: issue.severity }]
    lines.set(issue.line, {
      severity: known?.severity === 'error' || issue.severity === 'error' ? 'error' : 'warning',
      columns: [...(known?.columns ?? []), ...columns],
      messages: [...(known?.messages ?? []), issue.message],
    })
  }
  return lines
}

/** The character ranges `[start, end)` to mark, from the columns, on a line of these tokens. */
function ranges(tokens: readonly Token[], marks: LineMarks['columns']) {
  const out: { start: number; end: number; severity: 'error' | 'warning' }[] = []
  for (const { column, severity } of marks) {
    const start = Math.max(0, column - 1)
    let at = 0
    let end = start + 1
    for (const token of tokens) {
      const next = at + token.text.length
      if (start >= at && start < next) {
        end = token.kind === 'space' ? start + 1 : next
        break
      }
      at = next
    }
    out.push({ start, end, severity })
  }
  return out
}

/** The line's tokens cut at the marked ranges; a mark past the end adds a one-space run. */
export function markLine(tokens: readonly Token[], marks: LineMarks['columns']): MarkedRun[] {
  if (marks.length === 0) return [...tokens]
  const marked = ranges(tokens, marks)
  const severityAt = (index: number): 'error' | 'warning' | undefined => {
    const hits = marked.filter((range) => index >= range.start && index < range.end)
    if (hits.length === 0) return undefined
    return hits.some((range) => range.severity === 'error') ? 'error' : 'warning'
  }
  const runs: MarkedRun[] = []
  const push = (kind: TokenKind, char: string, mark: 'error' | 'warning' | undefined) => {
    const last = runs[runs.length - 1]
    if (last !== undefined && last.kind === kind && last.mark === mark)
      runs[runs.length - 1] = { ...last, text: last.text + char }
    else runs.push(mark === undefined ? { kind, text: char } : { kind, text: char, mark })
  }
  let index = 0
  for (const token of tokens)
    for (const char of token.text) {
      push(token.kind, char, severityAt(index))
      index += char.length
    }
  const past = marked.filter((range) => range.start >= index)
  if (past.length > 0)
    runs.push({
      kind: 'space',
      text: ' ',
      mark: past.some((range) => range.severity === 'error') ? 'error' : 'warning',
    })
  return runs
}
