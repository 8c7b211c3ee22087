/**
 * A cheap pass over the YAML tokens that refuses deeply nested input before it is parsed: the
 * `yaml` package composes documents recursively, and a few thousand levels (`[[[[…` or
 * `- - - - …`) exhaust the stack or the heap. The estimate is an upper bound on the nesting:
 * open flow brackets, plus open indentation levels, plus the `-`, `?` and `:` indicators on the
 * current line outside flow collections. Block scalars and quoted text are single tokens, so their brackets do not count.
 * It stops at the first line over the limit, so a hostile input costs no more than that.
 */
import { Lexer } from 'yaml'

/** Control tokens of the lexer that stand for no source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f'])

/** The offset where the nesting first exceeds `limit`, or `undefined`. */
export function excessiveNesting(text: string, limit: number): number | undefined {
  let offset = 0
  let flow = 0
  let indicators = 0
  let lineStart = true
  let skipScalar = false
  const indents: number[] = []
  for (const token of new Lexer().lex(text)) {
    const at = offset
    if (!MARKERS.has(token)) offset += token.length
    if (skipScalar) {
      skipScalar = false
      if (token !== '\x1f') {
        lineStart = false
        continue
      }
    }
    if (token === '\x1f') {
      skipScalar = true
      if (lineStart && flow === 0) openLine(indents, 0)
      lineStart = false
      continue
    }
    if (MARKERS.has(token)) continue
    if (token === '\n' || token === '\r\n') {
      lineStart = true
      indicators = 0
      continue
    }
    if (lineStart && flow === 0) {
      lineStart = false
      if (/^ +$/.test(token)) {
        openLine(indents, token.length)
        continue
      }
      openLine(indents, 0)
    }
    lineStart = false
    if (token === '[' || token === '{') flow++
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1)
    // Inside `[…]` and `{…}` only the brackets nest: a `:` or `-` there opens nothing (a flow
    // collection cannot hold a block one), so a long one-line JSON document is not deep.
    else if (flow === 0 && (token === '-' || token === '?' || token === ':')) indicators++
    if (flow + indents.length + indicators > limit) return at
  }
  return undefined
}

function openLine(indents: number[], indent: number): void {
  while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop()
  indents.push(indent)
}
