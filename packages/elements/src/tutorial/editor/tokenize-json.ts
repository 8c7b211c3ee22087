/**
 * A JSON tokenizer for highlighting: strings (keys apart), numbers, `true`/`false`/`null`,
 * punctuation, white space, and anything else as `invalid`. It never fails: broken JSON is still
 * cut into runs, and the runs join back into the input.
 */
import type { Token, TokenKind } from './token.ts'

const patterns: readonly (readonly [TokenKind, RegExp])[] = [
  ['space', /\s+/y],
  // A string ends at its closing quote, or unterminated at the end of its line.
  ['string', /"(?:[^"\\\n]|\\.)*(?:"|(?=\n)|$)/y],
  ['number', /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ['keyword', /(?:true|false|null)(?![\w$])/y],
  ['punct', /[{}[\]:,]/y],
  ['invalid', /[^\s{}[\]:,"]+|./y],
]

function match(text: string, at: number): Token {
  for (const [kind, pattern] of patterns) {
    pattern.lastIndex = at
    const found = pattern.exec(text)
    if (found !== null && found[0] !== '') return { kind, text: found[0] }
  }
  return { kind: 'invalid', text: text.charAt(at) }
}

/** Whether the next token after `index` that is not white space is a colon. */
function beforeColon(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined || token.kind !== 'space') return token?.text === ':'
  }
  return false
}

/** Cuts JSON text into tokens; strings followed by a colon are keys. */
export function tokenizeJson(text: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < text.length) {
    const token = match(text, at)
    tokens.push(token)
    at += token.text.length
  }
  return tokens.map((token, index) =>
    token.kind === 'string' && beforeColon(tokens, index)
      ? { kind: 'key', text: token.text }
      : token,
  )
}
