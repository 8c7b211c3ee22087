/**
 * One scenario file as read: its text, its YAML document and a way to turn offsets into lines.
 * The document is what issues are placed with (a JSON path to a line and a column). A file read
 * through the JSON fast path ({@link readJson}) has its value without a YAML document; the
 * document is then parsed the first time something asks where a path is, which a file without
 * issues never does: places in it come from its JSON tree.
 */
import type { JsonNode } from '@hatrack/policy'
import { Composer, type CST, type Document, type LineCounter, YAMLParseError } from 'yaml'

/** The `yaml` options every scenario file is parsed with: YAML 1.2, strict, no merge keys. */
export const YAML_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false,
  strict: true,
  merge: false,
  version: '1.2',
} as const

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

/**
 * Composes the YAML document of `tokens` (what a `yaml` {@link Parser} made of a text of
 * `length` characters): the first document, with a `MULTIPLE_DOCS` error when another follows,
 * as `yaml`'s `parseDocument` does.
 */
export function composeDocument(tokens: Iterable<CST.Token>, length: number): Document.Parsed {
  let doc: Document.Parsed | undefined
  for (const next of new Composer(YAML_OPTIONS).compose(tokens, true, length)) {
    if (doc !== undefined) {
      const [start, end] = next.range
      doc.errors.push(
        new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      )
      break
    }
    doc = next
  }
  // `compose(…, true, …)` always ends with a document, an empty one for an empty text.
  if (doc === undefined) throw new Error('the YAML composer gave no document')
  return doc
}
