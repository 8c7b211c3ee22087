/**
 * IAM wildcard matching: `*` matches any run of characters (the empty run included), `?` exactly
 * one. Used by `Action`, `Resource` (per ARN component), `StringLike` and `ArnLike`.
 *
 * Cost bound, with n the input length, m the pattern length and k the length of the longest
 * segment between two stars: compiling is O(m); matching is O(n·k + m) at worst and O(n + m)
 * when the middle segments hold no `?` (native `indexOf`). No backtracking: a pattern split on
 * `*` into segments S0 * S1 * … * Sj matches iff S0 is a prefix, Sj a suffix, and S1…Sj-1 occur
 * in order, without overlap, in the text between them. Taking each middle segment at its
 * leftmost occurrence is always optimal (it leaves the most room for the rest), so every input
 * position is visited at most once per segment start. `*a*a*…*b` against 10,000 `a`s fails at the
 * anchored suffix check in O(1).
 *
 * `?` is one UTF-16 code unit (AWS documents "a single character"; astral characters are rare in
 * ARNs and condition values).
 */

/** A compiled pattern: tests one value. */
export type WildcardMatcher = (value: string) => boolean

/** Options for {@link compileWildcard} and {@link compileWildcardSegments}. */
export interface WildcardOptions {
  /** Compare case-insensitively (actions, `StringEqualsIgnoreCase`-like uses). Default `false`. */
  readonly ignoreCase?: boolean
}

/**
 * One piece of a pre-split pattern: literal text (where `*` and `?` are plain characters, as the
 * policy variables `${*}` and `${?}` produce), a `*` wildcard, or a `?` wildcard.
 */
export type WildcardPart =
  { readonly literal: string } | { readonly star: true } | { readonly any: true }

/** A run of pattern between two stars: text, with the positions that are `?` marked. */
interface Segment {
  readonly text: string
  /** `null` when the segment has no `?`; otherwise 1 where the position matches any character. */
  readonly any: Uint8Array | null
}

/** Compiles an IAM wildcard pattern (`*`, `?`) into a matcher. Linear-time; see the file comment. */
export function compileWildcard(pattern: string, options: WildcardOptions = {}): WildcardMatcher {
  const ignoreCase = options.ignoreCase === true
  const p = ignoreCase ? pattern.toLowerCase() : pattern
  if (p.indexOf('?') < 0) {
    const star = p.indexOf('*')
    if (star < 0) return ignoreCase ? (v) => v.toLowerCase() === p : (v) => v === p
    if (p === '*') return () => true
    const last = p.lastIndexOf('*')
    const inner = p.slice(1, -1)
    if (star === last) return fixStar(p.slice(0, star), p.slice(star + 1), ignoreCase)
    if (star === 0 && last === p.length - 1 && inner.indexOf('*') < 0) {
      return ignoreCase ? (v) => v.toLowerCase().includes(inner) : (v) => v.includes(inner)
    }
  }
  const parts: WildcardPart[] = []
  let literal = ''
  for (const ch of p) {
    if (ch !== '*' && ch !== '?') {
      literal += ch
      continue
    }
    if (literal !== '') parts.push({ literal })
    literal = ''
    parts.push(ch === '*' ? { star: true } : { any: true })
  }
  if (literal !== '') parts.push({ literal })
  return compileParts(parts, ignoreCase)
}

/**
 * Compiles a pre-split pattern, for callers whose literal text may contain `*` or `?` that must
 * not act as wildcards (policy variables `${*}`, `${?}`, or resolved variable values).
 */
export function compileWildcardSegments(
  parts: readonly WildcardPart[],
  options: WildcardOptions = {},
): WildcardMatcher {
  const ignoreCase = options.ignoreCase === true
  if (!ignoreCase) return compileParts(parts, false)
  return compileParts(
    parts.map((part) => ('literal' in part ? { literal: part.literal.toLowerCase() } : part)),
    true,
  )
}

/** A pattern with exactly one star and no `?`: prefix, suffix, or both. */
function fixStar(prefix: string, suffix: string, ignoreCase: boolean): WildcardMatcher {
  const min = prefix.length + suffix.length
  const test = (v: string): boolean => v.length >= min && v.startsWith(prefix) && v.endsWith(suffix)
  if (prefix === '')
    return ignoreCase ? (v) => v.toLowerCase().endsWith(suffix) : (v) => v.endsWith(suffix)
  if (suffix === '') {
    return ignoreCase ? (v) => v.toLowerCase().startsWith(prefix) : (v) => v.startsWith(prefix)
  }
  return ignoreCase ? (v) => test(v.toLowerCase()) : test
}

/** The general case: segments between stars, the first and last anchored. */
function compileParts(parts: readonly WildcardPart[], ignoreCase: boolean): WildcardMatcher {
  const segments: Segment[] = []
  let text = ''
  let mask: number[] = []
  let hasAny = false
  let stars = 0
  const close = (): void => {
    segments.push({ text, any: hasAny ? Uint8Array.from(mask) : null })
    text = ''
    mask = []
    hasAny = false
  }
  for (const part of parts) {
    if ('star' in part) {
      close()
      stars += 1
    } else if ('any' in part) {
      text += '?'
      mask.push(1)
      hasAny = true
    } else {
      text += part.literal
      for (let i = 0; i < part.literal.length; i += 1) mask.push(0)
    }
  }
  close()
  const first = segments[0] as Segment
  if (stars === 0) {
    return (v) => {
      const s = ignoreCase ? v.toLowerCase() : v
      return s.length === first.text.length && matchesAt(s, first, 0)
    }
  }
  const last = segments[segments.length - 1] as Segment
  const middle = segments.slice(1, -1).filter((segment) => segment.text !== '')
  let min = first.text.length + last.text.length
  for (const segment of middle) min += segment.text.length
  return (v) => {
    const s = ignoreCase ? v.toLowerCase() : v
    if (s.length < min) return false
    const end = s.length - last.text.length
    if (!matchesAt(s, first, 0) || !matchesAt(s, last, end)) return false
    let from = first.text.length
    for (const segment of middle) {
      const at = find(s, segment, from, end)
      if (at < 0) return false
      from = at + segment.text.length
    }
    return true
  }
}

/** Whether `segment` matches `s` starting at `at` (the caller checked the length). */
function matchesAt(s: string, segment: Segment, at: number): boolean {
  const { text, any } = segment
  if (any === null) return s.startsWith(text, at)
  for (let i = 0; i < text.length; i += 1) {
    if (any[i] === 0 && s.charCodeAt(at + i) !== text.charCodeAt(i)) return false
  }
  return true
}

/** The leftmost position ≥ `from` where `segment` matches and ends by `end`, or -1. */
function find(s: string, segment: Segment, from: number, end: number): number {
  const last = end - segment.text.length
  if (segment.any === null) {
    const at = s.indexOf(segment.text, from)
    return at >= 0 && at <= last ? at : -1
  }
  for (let at = from; at <= last; at += 1) if (matchesAt(s, segment, at)) return at
  return -1
}
