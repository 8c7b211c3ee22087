/**
 * Where a statement, or one element of it, sits in a printed policy. Paths come from the engine
 * (`['Statement', 0, 'Condition', 'Bool']`); the document may spell keys in another case or hold
 * a single statement object instead of an array, so a path is resolved against the document
 * before its lines are looked up.
 */
import type { JsonPath } from '@hatrack/policy'
import { pathKey, type JsonLines, type LineRange } from './json-lines.ts'

/** The lines of statement `index` (a single statement object counts as index 0). */
export function statementRange(
  printed: JsonLines,
  document: unknown,
  index: number,
): LineRange | undefined {
  return elementRange(printed, document, ['Statement', index])
}

/** The lines of the value at `path`, resolved against `document`; `undefined` when absent. */
export function elementRange(
  printed: JsonLines,
  document: unknown,
  path: JsonPath,
): LineRange | undefined {
  const resolved = resolvePath(document, path)
  return resolved === undefined ? undefined : printed.ranges.get(pathKey(resolved))
}

/** The path as the document spells it, or `undefined` when the document has no such value. */
export function resolvePath(document: unknown, path: JsonPath): JsonPath | undefined {
  const out: (string | number)[] = []
  let node = document
  for (const segment of path) {
    if (Array.isArray(node)) {
      if (typeof segment !== 'number' || segment < 0 || segment >= node.length) return undefined
      out.push(segment)
      node = node[segment]
    } else if (typeof node === 'object' && node !== null) {
      // A single statement object stands for `Statement[0]`.
      if (typeof segment === 'number') {
        if (segment !== 0) return undefined
        continue
      }
      const record = node as Record<string, unknown>
      const key = Object.hasOwn(record, segment)
        ? segment
        : Object.keys(record).find((name) => name.toLowerCase() === segment.toLowerCase())
      if (key === undefined) return undefined
      out.push(key)
      node = record[key]
    } else {
      return undefined
    }
  }
  return out
}
