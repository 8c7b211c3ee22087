/**
 * Turns a {@link JsonNode} back into compact JSON text, as `JSON.stringify` would write the same
 * value: what a client sends to AWS when it serializes a policy given as an object.
 */
import type { JsonNode } from './node.ts'

/** The compact JSON text of `node` (numbers as written, properties in order, duplicates kept). */
export function stringifyJsonNode(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return `{${node.entries.map((e) => `${JSON.stringify(e.key)}:${stringifyJsonNode(e.value)}`).join(',')}}`
    case 'array':
      return `[${node.items.map(stringifyJsonNode).join(',')}]`
    case 'string':
      return JSON.stringify(node.value)
    case 'number':
      return node.text
    case 'boolean':
      return String(node.value)
    case 'null':
      return 'null'
  }
}
