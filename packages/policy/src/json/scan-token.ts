/**
 * Scanning the JSON tokens that have an inside: strings (with their escapes) and numbers. Each
 * scanner reads from an offset and says where the token ends, or where and why it is invalid.
 */
import { codePointName } from './describe-found.ts'

/** A token read, with the offset just past it; or why it cannot be, at which offset. */
export type Scanned<T> =
  | { readonly ok: true; readonly value: T; readonly end: number }
  | {
      readonly ok: false
      readonly message: string
      readonly offset: number
      readonly hint?: string
    }

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
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const NUMBER_LIKE = /[-+.0-9A-Za-z]*/y

/** Reads the string whose opening `"` is at `start`, decoding its escapes. */
export function scanString(text: string, start: number): Scanned<string> {
  let i = start + 1
  let out = ''
  let chunk = i
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return { ok: true, value: out + text.slice(chunk, i), end: i + 1 }
    if (c === 0x5c) {
      out += text.slice(chunk, i)
      const e = text[i + 1]
      if (e === undefined) {
        return {
          ok: false,
          message: 'the string ends inside an escape',
          offset: i,
          hint: 'add a `"` to close it',
        }
      }
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6)
        if (!HEX4.test(hex)) {
          return {
            ok: false,
            message: `invalid escape \`${text.slice(i, i + 6)}\` in a string`,
            offset: i,
            hint: 'write `\\u` followed by four hexadecimal digits, such as `\\u00e9`',
          }
        }
        out += String.fromCharCode(parseInt(hex, 16))
        i += 6
      } else {
        const decoded = ESCAPES[e]
        if (decoded === undefined) {
          return {
            ok: false,
            message: `invalid escape \`\\${e}\` in a string`,
            offset: i,
            hint: 'JSON knows `\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`; write a backslash as `\\\\`',
          }
        }
        out += decoded
        i += 2
      }
      chunk = i
      continue
    }
    if (c < 0x20) {
      return c === 0x0a || c === 0x0d
        ? {
            ok: false,
            message: 'a string cannot span lines',
            offset: i,
            hint: 'close the string with `"`, or write the line break as `\\n`',
          }
        : {
            ok: false,
            message: `the control character ${codePointName(c)} must be escaped in a string`,
            offset: i,
          }
    }
    i++
  }
  return {
    ok: false,
    message: 'the string is not closed',
    offset: start,
    hint: 'add a `"` at its end',
  }
}

/** Reads the number at `start`: its text (`12.50`, `1e3`), strictly as JSON writes numbers. */
export function scanNumber(text: string, start: number): Scanned<string> {
  NUMBER.lastIndex = start
  const match = NUMBER.exec(text)?.[0]
  NUMBER_LIKE.lastIndex = start
  const word = NUMBER_LIKE.exec(text)?.[0] ?? ''
  if (match === undefined || word.length > match.length) {
    const shown = (word.length > 0 ? word : (text[start] ?? '')).slice(0, 24)
    return {
      ok: false,
      message: `invalid number \`${shown}\``,
      offset: start,
      hint: 'JSON numbers look like `12`, `-3.5` or `1e3`, without leading zeros',
    }
  }
  return { ok: true, value: match, end: start + match.length }
}
