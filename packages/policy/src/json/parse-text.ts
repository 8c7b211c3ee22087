/**
 * A small JSON parser that keeps positions (RFC 8259, nothing more: no comments, no trailing
 * commas, no single quotes). It never throws and never hangs: it reads the text once, and it
 * refuses to nest deeper than {@link MAX_JSON_DEPTH} levels instead of exhausting the stack.
 * Duplicate property names are reported, since AWS rejects them in a policy ("Individual elements
 * must not contain multiple instances of the same key",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 */
import type { JsonPath } from '../ast.ts'
import { describeFound } from './describe-found.ts'
import type { JsonArrayNode, JsonEntry, JsonNode, JsonObjectNode } from './node.ts'
import { createLineIndex, type SourcePosition } from './position.ts'
import { scanNumber, scanString } from './scan-token.ts'

/** The deepest nesting of objects and arrays the parser accepts. IAM policies need about 6. */
export const MAX_JSON_DEPTH = 64

/** A property name given twice in one object. */
export interface JsonDuplicateKey {
  readonly key: string
  /** The path of the second occurrence. */
  readonly path: JsonPath
  readonly position: SourcePosition
  readonly firstPosition: SourcePosition
}

/** Why a text is not JSON, and where. */
export interface JsonSyntaxError {
  readonly message: string
  readonly hint?: string
  readonly position: SourcePosition
  /** The path of the value being read when the error was found. */
  readonly path: JsonPath
  /** `true` when the document nests deeper than {@link MAX_JSON_DEPTH}. */
  readonly tooDeep: boolean
}

/** The result of {@link parseJsonText}. */
export type JsonTextResult =
  | {
      readonly ok: true
      readonly root: JsonNode
      readonly duplicateKeys: readonly JsonDuplicateKey[]
    }
  | { readonly ok: false; readonly error: JsonSyntaxError }

/** Parses `text` as one JSON value. */
export function parseJsonText(text: string): JsonTextResult {
  const positionAt = createLineIndex(text)
  const duplicateKeys: JsonDuplicateKey[] = []
  const path: (string | number)[] = []
  let i = 0
  let failure: (Omit<JsonSyntaxError, 'position'> & { offset: number }) | undefined

  const fail = (message: string, offset: number, hint?: string, tooDeep = false): undefined => {
    failure ??= {
      message,
      offset,
      path: [...path],
      tooDeep,
      ...(hint === undefined ? {} : { hint }),
    }
    return undefined
  }
  const found = (): string => describeFound(text, i)

  const skipWhitespace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++
      else break
    }
  }

  const readString = (): string | undefined => {
    const scanned = scanString(text, i)
    if (!scanned.ok) return fail(scanned.message, scanned.offset, scanned.hint)
    i = scanned.end
    return scanned.value
  }

  const readNumber = (): JsonNode | undefined => {
    const start = i
    const scanned = scanNumber(text, i)
    if (!scanned.ok) return fail(scanned.message, scanned.offset, scanned.hint)
    i = scanned.end
    return {
      kind: 'number',
      value: Number(scanned.value),
      text: scanned.value,
      position: positionAt(start),
    }
  }

  const readLiteral = (): JsonNode | undefined => {
    const start = i
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, i) && !/[A-Za-z0-9_$]/.test(text[i + word.length] ?? '')) {
        i += word.length
        return { ...node, position: positionAt(start) }
      }
    }
    return fail(`expected a value, found ${found()}`, i, 'strings need double quotes: `"Allow"`')
  }

  const readObject = (depth: number): JsonObjectNode | undefined => {
    const start = i
    i++
    const entries: JsonEntry[] = []
    const seen = new Map<string, SourcePosition>()
    skipWhitespace()
    if (text[i] === '}') {
      i++
      return { kind: 'object', entries, position: positionAt(start) }
    }
    let comma = -1
    for (;;) {
      skipWhitespace()
      if (text[i] !== '"') {
        if (text[i] === '}' && comma >= 0) {
          return fail('a trailing `,` before `}` is not allowed in JSON', comma, 'remove the `,`')
        }
        return fail(
          `expected a property name in double quotes, found ${found()}`,
          i,
          text[i] === "'" ? 'JSON uses double quotes, never single quotes' : undefined,
        )
      }
      const keyStart = i
      const key = readString()
      if (key === undefined) return undefined
      skipWhitespace()
      if (text[i] !== ':')
        return fail(`expected \`:\` after the property name, found ${found()}`, i)
      i++
      path.push(key)
      const value = readValue(depth)
      path.pop()
      if (value === undefined) return undefined
      const keyPosition = positionAt(keyStart)
      const first = seen.get(key)
      if (first === undefined) seen.set(key, keyPosition)
      else
        duplicateKeys.push({
          key,
          path: [...path, key],
          position: keyPosition,
          firstPosition: first,
        })
      entries.push({ key, keyPosition, value })
      skipWhitespace()
      if (text[i] === ',') {
        comma = i
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return { kind: 'object', entries, position: positionAt(start) }
      }
      return fail(`expected \`,\` or \`}\` after a property, found ${found()}`, i)
    }
  }

  const readArray = (depth: number): JsonArrayNode | undefined => {
    const start = i
    i++
    const items: JsonNode[] = []
    skipWhitespace()
    if (text[i] === ']') {
      i++
      return { kind: 'array', items, position: positionAt(start) }
    }
    for (;;) {
      skipWhitespace()
      if (text[i] === ']' && items.length > 0) {
        return fail('a trailing `,` before `]` is not allowed in JSON', i, 'remove the last `,`')
      }
      path.push(items.length)
      const item = readValue(depth)
      path.pop()
      if (item === undefined) return undefined
      items.push(item)
      skipWhitespace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ']') {
        i++
        return { kind: 'array', items, position: positionAt(start) }
      }
      return fail(`expected \`,\` or \`]\` after an array item, found ${found()}`, i)
    }
  }

  function readValue(depth: number): JsonNode | undefined {
    skipWhitespace()
    const c = text[i]
    if (c === undefined) return fail('expected a value, found the end of the document', i)
    if (c === '{' || c === '[') {
      if (depth >= MAX_JSON_DEPTH) {
        return fail(
          `the document nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
          i,
          'an IAM policy needs about six levels: look for unbalanced brackets',
          true,
        )
      }
      return c === '{' ? readObject(depth + 1) : readArray(depth + 1)
    }
    if (c === '"') {
      const start = i
      const value = readString()
      return value === undefined
        ? undefined
        : { kind: 'string', value, position: positionAt(start) }
    }
    if (c === '-' || (c >= '0' && c <= '9')) return readNumber()
    if (c === 't' || c === 'f' || c === 'n') return readLiteral()
    return fail(
      `expected a value, found ${found()}`,
      i,
      c === "'"
        ? 'JSON uses double quotes, never single quotes'
        : c === '/'
          ? 'JSON has no comments'
          : undefined,
    )
  }

  skipWhitespace()
  if (i >= text.length) {
    fail(
      'the document is empty',
      i,
      'a policy is a JSON object: `{"Version": "2012-10-17", "Statement": […]}`',
    )
  } else {
    const root = readValue(0)
    if (root !== undefined) {
      skipWhitespace()
      if (i < text.length)
        fail(
          `unexpected ${found()} after the end of the document`,
          i,
          'a policy is one JSON object',
        )
      else return { ok: true, root, duplicateKeys }
    }
  }
  const { offset, ...rest } = failure ?? {
    message: 'invalid JSON',
    offset: i,
    path: [],
    tooDeep: false,
  }
  return { ok: false, error: { ...rest, position: positionAt(offset) } }
}
