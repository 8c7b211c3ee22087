/**
 * Where a line and column of a YAML string's value stand in the file: a policy written as JSON
 * text in a `|` block reports its own line 3, column 5, which is some line further down the
 * scenario and indented by the block. Literal blocks and one-line scalars without escapes map
 * exactly; anything folded or escaped maps to the start of the scalar.
 */
import type { Scalar } from 'yaml'
import { positionOf, type Position, type SourceFile } from './source-file.ts'

function blockIndent(text: string, from: number, end: number): number {
  let lineStart = from
  while (lineStart < end) {
    let i = lineStart
    while (i < end && text[i] === ' ') i++
    if (i < end && text[i] !== '\n' && text[i] !== '\r') return i - lineStart
    const next = text.indexOf('\n', lineStart)
    if (next < 0 || next >= end) break
    lineStart = next + 1
  }
  return 0
}

/** The file position of `line`:`column` of `scalar`'s value (both from 1). */
export function valuePositionInFile(
  file: SourceFile,
  scalar: Scalar,
  line: number,
  column: number,
): Position {
  const range = scalar.range ?? [0, 0, 0]
  const start = positionOf(file.lines, range[0])
  if (scalar.type === 'BLOCK_LITERAL') {
    const headerEnd = file.text.indexOf('\n', range[0])
    if (headerEnd < 0) return start
    const contentStart = headerEnd + 1
    const indent = blockIndent(file.text, contentStart, range[1])
    const first = positionOf(file.lines, contentStart)
    return { line: first.line + line - 1, column: indent + column }
  }
  if (line === 1 && typeof scalar.value === 'string') {
    const source = file.text.slice(range[0], range[1])
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE'
    const inner = quoted ? source.slice(1, -1) : source
    if (inner === scalar.value)
      return { line: start.line, column: start.column + (quoted ? 1 : 0) + column - 1 }
  }
  return start
}
