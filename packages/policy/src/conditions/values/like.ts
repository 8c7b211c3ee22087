/**
 * Compiling a resolved policy value into a wildcard matcher for `StringLike` and `ArnLike`,
 * keeping literal the text that must not act as a wildcard: the escapes `${*}` and `${?}`, and
 * the values policy variables bring
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars).
 * The matching itself is `compileWildcard` / `compileWildcardSegments` (match/wildcard.ts).
 */
import {
  compileWildcard,
  compileWildcardSegments,
  type WildcardMatcher,
  type WildcardPart,
} from '../../match/wildcard.ts'
import type { ResolvedPiece } from '../../variables/resolve.ts'

/** A matcher for the pattern the pieces spell, `*` and `?` wild only in non-literal pieces. */
export function compileLike(pieces: readonly ResolvedPiece[]): WildcardMatcher {
  if (!pieces.some((piece) => piece.literal && /[*?]/.test(piece.text))) {
    let pattern = ''
    for (const piece of pieces) pattern += piece.text
    return compileWildcard(pattern)
  }
  const parts: WildcardPart[] = []
  for (const piece of pieces) {
    if (piece.literal) {
      if (piece.text !== '') parts.push({ literal: piece.text })
      continue
    }
    let literal = ''
    for (const ch of piece.text) {
      if (ch !== '*' && ch !== '?') {
        literal += ch
        continue
      }
      if (literal !== '') parts.push({ literal })
      literal = ''
      parts.push(ch === '*' ? { star: true } : { any: true })
    }
    if (literal !== '') parts.push({ literal })
  }
  return compileWildcardSegments(parts)
}

/** The text the pieces spell, wildcards and literals alike (for messages). */
export function joinPieces(pieces: readonly ResolvedPiece[]): string {
  let text = ''
  for (const piece of pieces) text += piece.text
  return text
}
