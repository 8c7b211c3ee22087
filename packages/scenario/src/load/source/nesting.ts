/**
 * A cheap gauge over the YAML lexer's tokens that refuses deeply nested input before it is
 * composed: the `yaml` package composes documents recursively, and a few thousand levels
 * (`[[[[…` or `- - - - …`) exhaust the stack or the heap. The estimate is an upper bound on the
 * nesting: open flow brackets, plus open indentation levels, plus the `-`, `?` and `:` indicators
 * on the current line outside flow collections. Block scalars and quoted text are single tokens,
 * so their brackets do not count. The reader feeds it the same tokens it gives the parser (one
 * lexing pass) and stops at the first line over the limit, so a hostile input costs no more than
 * that.
 */

/** Control tokens of the lexer that stand for no source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f'])

/** Follows the nesting of a YAML text token by token. */
export class NestingGauge {
  readonly #limit: number
  #offset = 0
  #flow = 0
  #indicators = 0
  #lineStart = true
  #skipScalar = false
  readonly #indents: number[] = []

  constructor(limit: number) {
    this.#limit = limit
  }

  /** Takes the lexer's next token: the offset where the nesting first exceeds the limit, or `undefined`. */
  feed(token: string): number | undefined {
    const at = this.#offset
    const marker = MARKERS.has(token)
    if (!marker) this.#offset += token.length
    if (this.#skipScalar) {
      this.#skipScalar = false
      if (token !== '\x1f') {
        this.#lineStart = false
        return undefined
      }
    }
    if (token === '\x1f') {
      this.#skipScalar = true
      if (this.#lineStart && this.#flow === 0) this.#openLine(0)
      this.#lineStart = false
      return undefined
    }
    if (marker) return undefined
    if (token === '\n' || token === '\r\n') {
      this.#lineStart = true
      this.#indicators = 0
      return undefined
    }
    if (this.#lineStart && this.#flow === 0) {
      this.#lineStart = false
      if (/^ +$/.test(token)) {
        this.#openLine(token.length)
        return undefined
      }
      this.#openLine(0)
    }
    this.#lineStart = false
    if (token === '[' || token === '{') this.#flow++
    else if (token === ']' || token === '}') this.#flow = Math.max(0, this.#flow - 1)
    // Inside `[…]` and `{…}` only the brackets nest: a `:` or `-` there opens nothing (a flow
    // collection cannot hold a block one), so a long one-line JSON document is not deep.
    else if (this.#flow === 0 && (token === '-' || token === '?' || token === ':'))
      this.#indicators++
    return this.#flow + this.#indents.length + this.#indicators > this.#limit ? at : undefined
  }

  #openLine(indent: number): void {
    const indents = this.#indents
    while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop()
    indents.push(indent)
  }
}
