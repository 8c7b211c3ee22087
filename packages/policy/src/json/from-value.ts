/**
 * Turns a value given as a JavaScript object (from `JSON.parse`, a YAML loader or a test) into the
 * same {@link JsonNode} tree the text parser builds, without positions. Anything JSON cannot
 * hold (`undefined`, `NaN`, a bigint, a `Map`, a cycle, an array hole) is refused with a message
 * and a path. It never throws, even on a getter or a proxy that does.
 */
import type { JsonPath } from '../ast.ts'
import type { JsonEntry, JsonNode } from './node.ts'
import { MAX_JSON_DEPTH } from './parse-text.ts'

/** The result of {@link jsonNodeFromValue}. */
export type JsonValueResult =
  | { readonly ok: true; readonly root: JsonNode }
  | {
      readonly ok: false
      readonly message: string
      readonly path: JsonPath
      readonly tooDeep: boolean
    }

class NotJson {
  constructor(
    readonly message: string,
    readonly path: JsonPath,
    readonly tooDeep = false,
  ) {}
}

/** Converts `value` to a {@link JsonNode}, or says why it is not JSON. */
export function jsonNodeFromValue(value: unknown): JsonValueResult {
  const path: (string | number)[] = []
  const ancestors = new Set<object>()

  const convert = (v: unknown, depth: number): JsonNode | NotJson => {
    switch (typeof v) {
      case 'string':
        return { kind: 'string', value: v }
      case 'boolean':
        return { kind: 'boolean', value: v }
      case 'number':
        return Number.isFinite(v)
          ? { kind: 'number', value: v, text: String(v) }
          : new NotJson(`\`${String(v)}\` is not a JSON number`, [...path])
      case 'bigint':
        return new NotJson('a bigint is not a JSON value: write the number as a string', [...path])
      case 'undefined':
        return new NotJson('`undefined` is not a JSON value', [...path])
      case 'function':
      case 'symbol':
        return new NotJson(`a ${typeof v} is not a JSON value`, [...path])
      case 'object':
        break
    }
    if (v === null) return { kind: 'null' }
    if (depth >= MAX_JSON_DEPTH) {
      return new NotJson(
        `the value nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
        [...path],
        true,
      )
    }
    if (ancestors.has(v))
      return new NotJson('the value contains itself (a cycle), which JSON cannot hold', [...path])
    ancestors.add(v)
    try {
      if (Array.isArray(v)) {
        const items: JsonNode[] = []
        for (let k = 0; k < v.length; k++) {
          if (!(k in v)) return new NotJson(`the array has a hole at index ${k}`, [...path, k])
          path.push(k)
          const item = convert(v[k], depth + 1)
          path.pop()
          if (item instanceof NotJson) return item
          items.push(item)
        }
        return { kind: 'array', items }
      }
      const proto: unknown = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== null) {
        const name = (v as { constructor?: { name?: unknown } }).constructor?.name
        return new NotJson(
          `${typeof name === 'string' && name !== '' ? `a ${name}` : 'this object'} is not a plain JSON object`,
          [...path],
        )
      }
      const entries: JsonEntry[] = []
      for (const key of Object.keys(v)) {
        path.push(key)
        const item = convert((v as Record<string, unknown>)[key], depth + 1)
        path.pop()
        if (item instanceof NotJson) return item
        entries.push({ key, value: item })
      }
      return { kind: 'object', entries }
    } finally {
      ancestors.delete(v)
    }
  }

  try {
    const root = convert(value, 0)
    return root instanceof NotJson
      ? { ok: false, message: root.message, path: root.path, tooDeep: root.tooDeep }
      : { ok: true, root }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      message: `the value could not be read: ${reason}`,
      path: [...path],
      tooDeep: false,
    }
  }
}
