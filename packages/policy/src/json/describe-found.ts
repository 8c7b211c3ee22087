/**
 * How a syntax message names what it found at an offset: `` `]` ``, `` `Version` ``, "the end of
 * the document", "the character U+0000".
 */

const WORD = /[A-Za-z0-9_$.+-]+/y
const MAX_WORD = 24
/** Characters a reader cannot see: controls, format characters, separators, surrogates, unassigned. */
const INVISIBLE = /^[\p{C}\p{Z}]$/u

/** Names the token that starts at `offset` of `text`, for "expected …, found …" messages. */
export function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the document'
  WORD.lastIndex = offset
  const word = WORD.exec(text)?.[0]
  if (word !== undefined && word.length > 1) {
    return `\`${word.length > MAX_WORD ? `${word.slice(0, MAX_WORD)}…` : word}\``
  }
  const code = text.codePointAt(offset) ?? 0
  const char = String.fromCodePoint(code)
  return INVISIBLE.test(char) ? `the character ${codePointName(code)}` : `\`${char}\``
}

/** `U+000A`: the conventional name of a code point. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}
