/**
 * One scenario file as read: its text, its YAML document and a way to turn offsets into lines.
 * The document is what issues are placed with (a JSON path to a line and a column). A file read
 * through the JSON fast path (`read-json.ts`) also has its JSON tree, and places in it come from
 * that tree; its YAML document is parsed only if something asks for it.
 */
import type { JsonNode } from '@hatrack/policy'
import type { Document, LineCounter } from 'yaml'

/** A parsed file. */
export interface SourceFile {
  /** The file name given to `load`, or the path `extends` resolved to. */
  readonly name: string | undefined
  readonly text: string
  readonly doc: Document.Parsed
  readonly lines: LineCounter
  /** The file's JSON tree, with positions, when it was read through the JSON fast path. */
  readonly json?: JsonNode
}

/** A line and a column, both from 1. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** The line and column of `offset` in `file`. */
export function positionOf(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(Math.max(0, offset))
  return { line, column: col }
}

/** The line and column of `offset` in `text`, counting lines as they are read. */
export function positionInText(text: string, offset: number): Position {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}
