/**
 * JSON paths to places in a JSON tree that keeps positions: a scenario file read through the
 * JSON fast path, and a policy written as JSON text inside a scenario. The walk follows the one
 * over a YAML document (`locate.ts`): a path that leads nowhere stops at the nearest value that
 * exists, and a property's key is its place with `anchor: 'key'`. A property test holds the two
 * walks to the same line and column for the same JSON file.
 */
import type { JsonNode, JsonPath, SourcePosition } from '@hatrack/policy'
import type { Anchor } from '../issues/index.ts'

/** Where a walk along a path stopped. */
export interface JsonWalk {
  /** The place of the value reached (or of its key), when the tree has positions. */
  readonly position: SourcePosition | undefined
  /** The value reached. */
  readonly node: JsonNode
  /** The part of the path the walk could not follow from `node` (empty when it got there). */
  readonly rest: JsonPath
}

/** Walks `root` along `path`. */
export function walkJson(root: JsonNode, path: JsonPath, anchor: Anchor): JsonWalk {
  let node = root
  let position = root.position
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    const last = i === path.length - 1
    let next: JsonNode | undefined
    if (node.kind === 'object') {
      const entry = node.entries.find((candidate) => candidate.key === String(segment))
      if (entry !== undefined) {
        next = entry.value
        position = last && anchor === 'key' ? (entry.keyPosition ?? next.position) : next.position
      }
    } else if (node.kind === 'array' && typeof segment === 'number') {
      next = node.items[segment]
      position = next?.position ?? position
    }
    if (next === undefined) return { position, node, rest: path.slice(i) }
    node = next
  }
  return { position, node, rest: [] }
}

/**
 * The place in `text` of `line`:`column` of the JSON string `node`'s value (both from 1): exact
 * on its first line when the string has no escapes, else the string's opening quote (as for a
 * YAML double-quoted scalar).
 */
export function positionInJsonString(
  text: string,
  node: Extract<JsonNode, { kind: 'string' }>,
  line: number,
  column: number,
): SourcePosition | undefined {
  const start = node.position
  if (start === undefined) return undefined
  const plain =
    text.startsWith(node.value, start.offset + 1) &&
    text[start.offset + 1 + node.value.length] === '"'
  if (line !== 1 || !plain) return start
  return { offset: start.offset + column, line: start.line, column: start.column + column }
}
