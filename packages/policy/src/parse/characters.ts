/**
 * The characters IAM accepts in a policy document: tab, line feed, carriage return and U+0020
 * to U+00FF, at most 131,072 of them (the `policyDocumentType` pattern and length of the IAM
 * API, https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). A text is
 * checked as written; a value given as an object is checked string by string, since that is
 * what a client would send.
 */
import type { JsonPath } from '../ast.ts'
import { codePointName } from '../json/describe-found.ts'
import type { JsonNode } from '../json/node.ts'
import { createLineIndex } from '../json/position.ts'
import { type ParseContext } from './context.ts'

/** The longest policy document the IAM API accepts, in characters. */
export const MAX_DOCUMENT_LENGTH = 131072

/** Whether IAM accepts the UTF-16 code unit `c` in a policy document. */
export function isPolicyCharacter(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xff)
}

/** A character IAM does not accept (the complement of {@link isPolicyCharacter}). */
const INVALID = /[^\t\n\r\x20-\xff]/

function firstInvalid(text: string): { index: number; count: number } | undefined {
  // Found natively by the regex: almost every text has none, and a loop in a cold start is slow.
  const first = text.search(INVALID)
  if (first < 0) return undefined
  let index = -1
  let count = 0
  for (let i = first; i < text.length; i++) {
    if (isPolicyCharacter(text.charCodeAt(i))) continue
    if (index < 0) index = i
    count++
    const code = text.codePointAt(i) ?? 0
    if (code > 0xffff) i++
  }
  return index < 0 ? undefined : { index, count }
}

function describe(text: string, index: number, count: number): { message: string; hint: string } {
  const code = text.codePointAt(index) ?? 0
  const visible =
    code >= 0x20 && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfeff
      ? ` (${String.fromCodePoint(code)})`
      : ''
  const more = count > 1 ? `, and ${count - 1} more such character${count > 2 ? 's' : ''}` : ''
  const quotes = [0x201c, 0x201d, 0x2018, 0x2019].includes(code)
  return {
    message: `the document holds the character ${codePointName(code)}${visible}, which IAM does not accept${more}`,
    hint: quotes
      ? 'replace typographic quotes with straight ones: `"`'
      : code === 0xfeff
        ? 'save the file without a byte-order mark'
        : 'IAM accepts tab, line feed, carriage return and the characters U+0020 to U+00FF (ASCII and Latin-1)',
  }
}

/** Checks a document given as text. */
export function checkTextCharacters(text: string, ctx: ParseContext): void {
  // Lines are counted only for an issue: almost every text has none.
  const position = (offset: number) => createLineIndex(text)(offset)
  const invalid = firstInvalid(text)
  if (invalid !== undefined) {
    const { message, hint } = describe(text, invalid.index, invalid.count)
    ctx.report(
      'policy.document.invalidCharacters',
      { path: [], position: position(invalid.index) },
      message,
      hint,
    )
  }
  if (text.length > MAX_DOCUMENT_LENGTH) {
    ctx.report(
      'policy.document.tooLong',
      { path: [], position: position(MAX_DOCUMENT_LENGTH) },
      `the document is ${text.length} characters long, more than the ${MAX_DOCUMENT_LENGTH} the IAM API accepts`,
      'minify the document: white space counts here',
    )
  }
}

/** Checks the strings and property names of a document given as a value. */
export function checkValueCharacters(root: JsonNode, ctx: ParseContext): void {
  const stack: { node: JsonNode; path: JsonPath }[] = [{ node: root, path: [] }]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item
    const strings: { text: string; path: JsonPath }[] = []
    if (node.kind === 'string') strings.push({ text: node.value, path })
    else if (node.kind === 'object') {
      for (let k = node.entries.length - 1; k >= 0; k--) {
        const entry = node.entries[k]
        if (entry === undefined) continue
        strings.push({ text: entry.key, path: [...path, entry.key] })
        stack.push({ node: entry.value, path: [...path, entry.key] })
      }
    } else if (node.kind === 'array') {
      for (let k = node.items.length - 1; k >= 0; k--) {
        const child = node.items[k]
        if (child !== undefined) stack.push({ node: child, path: [...path, k] })
      }
    }
    for (const s of strings) {
      const invalid = firstInvalid(s.text)
      if (invalid === undefined) continue
      const { message, hint } = describe(s.text, invalid.index, invalid.count)
      ctx.report(
        'policy.document.invalidCharacters',
        { path: s.path },
        message.replace(
          'the document holds',
          `${s.path.length === 0 ? 'the document' : 'this value'} holds`,
        ),
        hint,
      )
      return
    }
  }
}
