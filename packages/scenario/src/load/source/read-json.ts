/**
 * The JSON fast path: a scenario written as JSON (JSON is YAML, and generated scenarios are
 * JSON) is read by the engine's own `JSON.parse` instead of the `yaml` package, many times
 * faster in a browser's cold start. It gives exactly the value the YAML reading gives (maps
 * without a prototype, numbers as YAML 1.2 reads them), or nothing, and then the file is read as
 * YAML, which explains whatever the problem is (a syntax error, a key given twice, a runaway
 * nesting) with the usual issues. Positions are not needed to play a file without problems: the
 * positioned JSON tree (`@hatrack/policy`'s reader) is built only when a place is first asked
 * for. Property tests hold the readings equal, values and places.
 */
import { type JsonNode, parseJsonText } from '@hatrack/policy'

/**
 * The deepest JSON the fast path takes. The YAML reading's nesting estimate of a JSON text is at
 * most twice its depth plus one (its brackets, and an indentation level per bracket when it is
 * printed on many lines), so below `limits.maxDepth` (100) both readings accept the same texts.
 */
const MAX_FAST_DEPTH = 48

/**
 * Every string of a JSON text, with the `:` that follows it when it is a property name. Matched
 * from the start of a valid JSON text, each match begins at a string's opening quote (no quote
 * stands outside a string), so the strings are read in step.
 */
const STRINGS = /"(?:[^"\\]|\\.)*"[ \t\n\r]*:?/g

/** Why a JSON value is left to the YAML reading. */
class Declined {}

/**
 * `value` (an object or array from `JSON.parse`) with maps without a prototype; counts the
 * properties it copies. Scalars are copied in the loops, without a call each.
 */
function plain(value: object, depth: number, count: { properties: number }): unknown {
  if (depth > MAX_FAST_DEPTH) throw new Declined()
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const item of value as unknown[])
      out.push(typeof item === 'object' && item !== null ? plain(item, depth + 1, count) : item)
    return out
  }
  const out = Object.create(null) as Record<string, unknown>
  const from = value as Record<string, unknown>
  for (const key in from) {
    const item = from[key]
    out[key] = typeof item === 'object' && item !== null ? plain(item, depth + 1, count) : item
    count.properties++
  }
  return out
}

/** How many property names `text` (valid JSON) writes, repeated ones included. */
function propertyNames(text: string): number {
  let names = 0
  for (const token of text.match(STRINGS) ?? []) if (token.endsWith(':')) names++
  return names
}

/**
 * The value of `text` when it is one JSON object, no deeper than the fast path takes, with no
 * key given twice in a map, and its positioned tree on demand; otherwise `undefined`.
 */
export function readJson(
  text: string,
): { readonly value: Record<string, unknown>; readonly tree: () => JsonNode } | undefined {
  // A lone `\r` ends a line for JSON's positions and not for YAML's.
  if (!/^[ \n\r]*\{/.test(text) || /\r(?!\n)/.test(text)) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const count = { properties: 0 }
  let value: Record<string, unknown>
  try {
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
    value = plain(parsed, 1, count) as Record<string, unknown>
  } catch (error) {
    if (error instanceof Declined) return undefined
    throw error
  }
  // `JSON.parse` keeps the last of a repeated key: fewer properties than names written means one.
  if (propertyNames(text) !== count.properties) return undefined
  let tree: JsonNode | undefined
  return {
    value,
    tree: () => {
      if (tree !== undefined) return tree
      const read = parseJsonText(text)
      if (!read.ok)
        throw new Error(
          `JSON.parse took a text the positioned reader refuses: ${read.error.message}`,
        )
      tree = read.root
      return tree
    },
  }
}
