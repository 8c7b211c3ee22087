/**
 * A YAML tokenizer for highlighting, line by line: comments, keys (`name:`), sequence dashes,
 * quoted strings, numbers and `true`/`false`/`null`, anchors and aliases, tags, flow
 * punctuation, and block scalars (`|`, `>`) whose more indented lines are strings. It is a
 * highlighter, not a parser: it never fails, and its runs join back into the input.
 */
import type { Token, TokenKind } from './token.ts'

const valuePatterns: readonly (readonly [TokenKind, RegExp])[] = [
  ['space', /[ \t]+/y],
  ['comment', /#.*/y],
  ['string', /"(?:[^"\\]|\\.)*(?:"|$)|'(?:[^']|'')*(?:'|$)/y],
  ['punct', /[{}[\],]|[-?:](?=[ \t]|$)|[|>][-+0-9]*(?=[ \t]*(?:#.*)?$)/y],
  ['anchor', /[&*][^\s{}[\],]+/y],
  ['tag', /![^\s{}[\],]*/y],
  // A plain scalar runs to `: `, a flow indicator, ` #`, or the end of the line.
  ['text', /[^\s{}[\],#](?:[^:,{}[\]\s#]|:(?![ \t]|$)|#|[ \t]+(?=[^\s#:,{}[\]]|:(?![ \t]|$)))*/y],
  ['invalid', /./y],
]

const scalarKinds: readonly (readonly [TokenKind, RegExp])[] = [
  ['number', /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|\.inf|\.nan)$/i],
  ['keyword', /^(?:true|false|null|~)$/i],
]

function scalarKind(text: string): TokenKind {
  for (const [kind, pattern] of scalarKinds) if (pattern.test(text)) return kind
  return 'text'
}

function matchValue(line: string, at: number): Token {
  for (const [kind, pattern] of valuePatterns) {
    pattern.lastIndex = at
    const found = pattern.exec(line)
    if (found !== null && found[0] !== '') return { kind, text: found[0] }
  }
  return { kind: 'invalid', text: line.charAt(at) }
}

/** The tokens of one line outside a block scalar. */
function lineTokens(line: string): Token[] {
  const raw: Token[] = []
  let at = 0
  if (/^(?:---|\.\.\.)(?=\s|$)/.test(line)) {
    raw.push({ kind: 'punct', text: line.slice(0, 3) })
    at = 3
  }
  while (at < line.length) {
    const token = matchValue(line, at)
    raw.push(token)
    at += token.text.length
  }
  return raw.map((token, index) => {
    const next = raw[index + 1]
    const isKey = next?.kind === 'punct' && next.text === ':'
    if (token.kind === 'text')
      return { kind: isKey ? 'key' : scalarKind(token.text), text: token.text }
    if (token.kind === 'string' && isKey) return { kind: 'key', text: token.text }
    return token
  })
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0
}

/** Whether the line opens a block scalar (ends in `|` or `>`, with modifiers, before a comment). */
function opensBlock(tokens: readonly Token[]): boolean {
  const meaningful = tokens.filter((token) => token.kind !== 'space' && token.kind !== 'comment')
  const last = meaningful[meaningful.length - 1]
  return last?.kind === 'punct' && /^[|>]/.test(last.text)
}

/** Cuts YAML text into tokens. */
export function tokenizeYaml(text: string): Token[] {
  const tokens: Token[] = []
  let block: number | undefined
  text.split('\n').forEach((line, index) => {
    if (index > 0) tokens.push({ kind: 'space', text: '\n' })
    if (line === '') return
    if (block !== undefined && (line.trim() === '' || indentOf(line) > block)) {
      tokens.push({ kind: 'string', text: line })
      return
    }
    block = undefined
    const own = lineTokens(line)
    if (opensBlock(own)) block = indentOf(line)
    tokens.push(...own)
  })
  return tokens
}
