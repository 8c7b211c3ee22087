/**
 * The JSON fast path: a scenario written as JSON (JSON is YAML, and generated scenarios are
 * JSON) is read by the positioned JSON reader of `@hatrack/policy` instead of the `yaml` package,
 * several times faster in a browser's cold start. It gives exactly the value the YAML reading
 * gives (maps without a prototype, numbers as YAML 1.2 reads them), or nothing, and then the
 * file is read as YAML, which explains whatever the problem is (a syntax error, a key given
 * twice, a runaway nesting) with the usual issues. A property test holds the two readings equal.
 */
import { type JsonNode, parseJsonText } from '@hatrack/policy'

/**
 * The deepest JSON the fast path takes. The YAML reading's nesting estimate of a JSON text is at
 * most twice its depth plus one (its brackets, and an indentation level per bracket when it is
 * printed on many lines), so below `limits.maxDepth` (100) both readings accept the same texts.
 */
const MAX_FAST_DEPTH = 48

/** Why a JSON value is left to the YAML reading. */
class Declined {}

function valueOf(node: JsonNode, depth: number): unknown {
  switch (node.kind) {
    case 'object': {
      if (depth > MAX_FAST_DEPTH) throw new Declined()
      const out = Object.create(null) as Record<string, unknown>
      for (const entry of node.entries) out[entry.key] = valueOf(entry.value, depth + 1)
      return out
    }
    case 'array':
      if (depth > MAX_FAST_DEPTH) throw new Declined()
      return node.items.map((item) => valueOf(item, depth + 1))
    case 'string':
    case 'number':
    case 'boolean':
      return node.value
    case 'null':
      return null
  }
}

/**
 * The value of `text` when it is one JSON object, no deeper than the fast path takes, with no
 * key given twice in a map; otherwise `undefined`.
 */
export function readJson(
  text: string,
): { readonly value: Record<string, unknown>; readonly root: JsonNode } | undefined {
  // A lone `\r` ends a line for JSON's positions and not for YAML's.
  if (!/^[ \n\r]*\{/.test(text) || /\r(?!\n)/.test(text)) return undefined
  const parsed = parseJsonText(text)
  if (!parsed.ok || parsed.duplicateKeys.length > 0) return undefined
  try {
    return { value: valueOf(parsed.root, 1) as Record<string, unknown>, root: parsed.root }
  } catch (error) {
    if (error instanceof Declined) return undefined
    throw error
  }
}
