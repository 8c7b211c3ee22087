/**
 * A small JSON parser that keeps positions (RFC 8259, nothing more: no comments, no trailing
 * commas, no single quotes). It never throws and never hangs: it reads the text once, and it
 * refuses to nest deeper than {@link MAX_JSON_DEPTH} levels instead of exhausting the stack.
 * Duplicate property names are reported, since AWS rejects them in a policy ("Individual elements
 * must not contain multiple instances of the same key",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 */
import type { JsonPath } from '../ast.ts'
import { codePointName, describeFound } from './describe-found.ts'
import type { JsonArrayNode, JsonEntry, JsonNode, JsonObjectNode } from './node.ts'
import { createLineIndex, type SourcePosition } from './position.ts'

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

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const NUMBER_LIKE = /[-+.0-9A-Za-z]*/y
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}
const HEX4 = /^[0-9A-Fa-f]{4}$/

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
    const start = i
    i++
    let out = ''
    let chunk = i
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        out += text.slice(chunk, i)
        i++
        return out
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i)
        const e = text[i + 1]
        if (e === undefined)
          return fail('the string ends inside an escape: add a `"` to close it', i)
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!HEX4.test(hex)) {
            return fail(
              `invalid escape \`${text.slice(i, i + 6)}\` in a string`,
              i,
              'write `\\u` followed by four hexadecimal digits, such as `\\u00e9`',
            )
          }
          out += String.fromCharCode(parseInt(hex, 16))
          i += 6
        } else {
          const decoded = ESCAPES[e]
          if (decoded === undefined) {
            return fail(
              `invalid escape \`\\${e}\` in a string`,
              i,
              'JSON knows `\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`; write a backslash as `\\\\`',
            )
          }
          out += decoded
          i += 2
        }
        chunk = i
        continue
      }
      if (c < 0x20) {
        return c === 0x0a || c === 0x0d
          ? fail(
              'a string cannot span lines',
              i,
              'close the string with `"`, or write the line break as `\\n`',
            )
          : fail(`the control character ${codePointName(c)} must be escaped in a string`, i)
      }
      i++
    }
    return fail('the string is not closed', start, 'add a `"` at its end')
  }

  const readNumber = (): JsonNode | undefined => {
    const start = i
    NUMBER.lastIndex = i
    const match = NUMBER.exec(text)?.[0]
    NUMBER_LIKE.lastIndex = i
    const word = NUMBER_LIKE.exec(text)?.[0] ?? ''
    if (match === undefined || word.length > match.length) {
      const shown = (word.length > 0 ? word : (text[i] ?? '')).slice(0, 24)
      return fail(
        `invalid number \`${shown}\``,
        start,
        'JSON numbers look like `12`, `-3.5` or `1e3`, without leading zeros',
      )
    }
    i += match.length
    return { kind: 'number', value: Number(match), text: match, position: positionAt(start) }
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
