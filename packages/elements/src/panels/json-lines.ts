/**
 * A small JSON pretty-printer that remembers where everything went: it prints a value exactly as
 * `JSON.stringify(value, null, 2)` does, as lines of typed tokens (for light syntax colouring as
 * text spans), and records the lines each value spans, by its JSON path. The policy view uses the
 * ranges to highlight a statement and underline the element a near miss failed on.
 */
import type { JsonPath } from '@hatrack/policy'

/** What a token is, for colouring. */
export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punct'

/** A piece of one line. */
export interface JsonToken {
  readonly kind: JsonTokenKind
  readonly text: string
}

/** One printed line. */
export interface JsonLine {
  /** Leading spaces. */
  readonly indent: number
  readonly tokens: readonly JsonToken[]
}

/** The first and last line (0-based, inclusive) a value spans. */
export interface LineRange {
  readonly start: number
  readonly end: number
}

/** A printed JSON value and the lines each of its values spans, keyed by {@link pathKey}. */
export interface JsonLines {
  readonly lines: readonly JsonLine[]
  readonly ranges: ReadonlyMap<string, LineRange>
}

/** The key of a JSON path in {@link JsonLines.ranges}. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path)
}

/** Prints `value` (plain JSON data) with two-space indents, recording every value's lines. */
export function printJson(value: unknown): JsonLines {
  const lines: { indent: number; tokens: JsonToken[] }[] = []
  const ranges = new Map<string, LineRange>()
  const current = (): JsonToken[] => (lines[lines.length - 1] as { tokens: JsonToken[] }).tokens

  const visit = (node: unknown, path: JsonPath, indent: number, prefix: JsonToken[]): void => {
    const start = lines.length
    const line = { indent, tokens: [...prefix] }
    lines.push(line)
    if (Array.isArray(node) || isObject(node)) {
      const entries: [string | number, unknown][] = Array.isArray(node)
        ? node.map((item, index) => [index, item])
        : Object.entries(node).filter(([, item]) => item !== undefined)
      const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}']
      if (entries.length === 0) {
        line.tokens.push({ kind: 'punct', text: open + close })
      } else {
        line.tokens.push({ kind: 'punct', text: open })
        entries.forEach(([key, item], index) => {
          const keyTokens: JsonToken[] =
            typeof key === 'number'
              ? []
              : [
                  { kind: 'key', text: JSON.stringify(key) },
                  { kind: 'punct', text: ': ' },
                ]
          visit(item, [...path, key], indent + 2, keyTokens)
          if (index < entries.length - 1) current().push({ kind: 'punct', text: ',' })
        })
        lines.push({ indent, tokens: [{ kind: 'punct', text: close }] })
      }
    } else {
      line.tokens.push(scalar(node))
    }
    ranges.set(pathKey(path), { start, end: lines.length - 1 })
  }

  visit(value, [], 0, [])
  return { lines, ranges }
}

/** The text of printed lines, as `JSON.stringify(value, null, 2)` would give it. */
export function linesText(lines: readonly JsonLine[]): string {
  return lines
    .map((line) => ' '.repeat(line.indent) + line.tokens.map((token) => token.text).join(''))
    .join('\n')
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null
}

function scalar(node: unknown): JsonToken {
  if (typeof node === 'string') return { kind: 'string', text: JSON.stringify(node) }
  if (typeof node === 'number')
    return { kind: 'number', text: Number.isFinite(node) ? String(node) : 'null' }
  if (typeof node === 'boolean') return { kind: 'literal', text: String(node) }
  return { kind: 'literal', text: 'null' }
}
