/**
 * The tree a JSON document parses to. Unlike `JSON.parse`, it keeps the position of every value
 * and every property name, keeps properties in document order, and keeps the text of numbers.
 * Values given as JavaScript objects become the same tree without positions.
 */
import type { SourcePosition } from './position.ts'

/** Any JSON value. */
export type JsonNode =
  JsonObjectNode | JsonArrayNode | JsonStringNode | JsonNumberNode | JsonBooleanNode | JsonNullNode

/** A JSON object: its properties in document order, duplicates included. */
export interface JsonObjectNode {
  readonly kind: 'object'
  readonly entries: readonly JsonEntry[]
  /** Where the `{` stands; absent for values given as JavaScript objects. */
  readonly position?: SourcePosition
}

/** One property of a {@link JsonObjectNode}. */
export interface JsonEntry {
  readonly key: string
  /** Where the property name's opening `"` stands. */
  readonly keyPosition?: SourcePosition
  readonly value: JsonNode
}

/** A JSON array. */
export interface JsonArrayNode {
  readonly kind: 'array'
  readonly items: readonly JsonNode[]
  readonly position?: SourcePosition
}

/** A JSON string, escapes decoded. */
export interface JsonStringNode {
  readonly kind: 'string'
  readonly value: string
  readonly position?: SourcePosition
}

/** A JSON number, with the text it was written as (`12.50`, `1e3`). */
export interface JsonNumberNode {
  readonly kind: 'number'
  readonly value: number
  readonly text: string
  readonly position?: SourcePosition
}

/** `true` or `false`. */
export interface JsonBooleanNode {
  readonly kind: 'boolean'
  readonly value: boolean
  readonly position?: SourcePosition
}

/** `null`. */
export interface JsonNullNode {
  readonly kind: 'null'
  readonly position?: SourcePosition
}

/** A learner's name for the kind of a node: "an object", "a string", … */
export function describeJsonKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object'
    case 'array':
      return 'an array'
    case 'string':
      return 'a string'
    case 'number':
      return 'a number'
    case 'boolean':
      return `\`${String(node.value)}\``
    case 'null':
      return '`null`'
  }
}
