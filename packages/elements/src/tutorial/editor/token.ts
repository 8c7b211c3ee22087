/**
 * The tokens the editor's highlighter draws: each a run of the text with a kind. A tokenizer's
 * tokens, joined, give back its input exactly, so the highlighted copy lines up with the
 * textarea character for character.
 */

/** What a run of text is, for its colour (never the only carrier of meaning: it is decoration). */
export type TokenKind =
  | 'key'
  | 'string'
  | 'number'
  | 'keyword'
  | 'punct'
  | 'comment'
  | 'anchor'
  | 'tag'
  | 'text'
  | 'space'
  | 'invalid'

/** A run of the text. */
export interface Token {
  readonly kind: TokenKind
  readonly text: string
}

/** The languages the editor highlights. */
export type EditorLanguage = 'json' | 'yaml'

/** The tokens split at line ends: one array per line, the `\n` itself dropped. */
export function tokenLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]]
  for (const token of tokens) {
    const parts = token.text.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part !== '') lines[lines.length - 1]?.push({ kind: token.kind, text: part })
    })
  }
  return lines
}
