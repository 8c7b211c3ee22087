/**
 * How the validator names and tells apart the values of a definition: "a duration such as
 * `1h30m`", "text", "a map"; and which JSON kind (text, number, map, …) each definition takes,
 * to pick the variant of a union.
 */
import { code, codeList } from '../load/text/words.ts'
import type { Def } from './dsl.ts'

/** How a message names what `def` expects. */
export function expectedOf(def: Def): string {
  if (def.meta.expected !== undefined) return def.meta.expected
  switch (def.kind) {
    case 'string':
      return def.values !== undefined ? `one of ${codeList(def.values, 8, 'or')}` : 'text'
    case 'number':
      return def.integer ? 'a whole number' : 'a number'
    case 'boolean':
      return '`true` or `false`'
    case 'const':
      return code(def.value)
    case 'array':
      return 'a list'
    case 'union':
      return def.variants.map(expectedOf).join(' or ')
    case 'ref':
      return expectedOf(def.target())
    default:
      return 'a map'
  }
}

/** The JSON kind of the values `def` takes (`union` for a union), to pick a union's variant. */
export function jsonKindOf(def: Def): string {
  switch (def.kind) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'const':
      return typeof def.value
    case 'array':
      return 'array'
    case 'union':
      return 'union'
    case 'ref':
      return jsonKindOf(def.target())
    default:
      return 'object'
  }
}

/** The JSON kind of `value`: `string`, `number`, `boolean`, `object`, `array` or `null`. */
export function jsonKindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return typeof value
}
