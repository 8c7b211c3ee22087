/**
 * A JSON parser that keeps positions, for messages that point at a line and a column.
 */
export { createLineIndex } from './position.ts'
export type { SourcePosition } from './position.ts'
export { describeJsonKind } from './node.ts'
export type {
  JsonArrayNode,
  JsonBooleanNode,
  JsonEntry,
  JsonNode,
  JsonNullNode,
  JsonNumberNode,
  JsonObjectNode,
  JsonStringNode,
} from './node.ts'
export { MAX_JSON_DEPTH, parseJsonText } from './parse-text.ts'
export type { JsonDuplicateKey, JsonSyntaxError, JsonTextResult } from './parse-text.ts'
export { jsonNodeFromValue } from './from-value.ts'
export type { JsonValueResult } from './from-value.ts'
export { stringifyJsonNode } from './to-value.ts'
