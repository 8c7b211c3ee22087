/**
 * Policy variables as written: `${aws:username}`, `${aws:PrincipalTag/team, 'company-wide'}`,
 * and the three escapes `${*}`, `${?}`, `${$}`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 *
 * Our reading of the syntax, which AWS describes only by example:
 * - a variable runs from `${` to the first `}` after it; a `${` with no `}` after it is plain text;
 * - `${*}`, `${?}` and `${$}` stand for the characters `*`, `?` and `$`, never wildcards;
 * - a default value follows the key after a comma and a single-quoted string. AWS writes a comma
 *   and one space (`${aws:userid, 'anonymous'}`); we accept any number of spaces (none included)
 *   after the comma and before the closing brace. The quoted text cannot hold `'` or `}`;
 * - anything else between the braces is the key as written (`${aws:username,x}` names the key
 *   `aws:username,x`, which no request has: the variable is then unresolvable, never literal).
 */

/** Plain policy text, where `*` and `?` keep their wildcard meaning in `StringLike` and `ArnLike`. */
export interface TextPart {
  readonly kind: 'text'
  readonly text: string
}

/** `${*}`, `${?}` or `${$}`: the character itself, never a wildcard. */
export interface EscapePart {
  readonly kind: 'escape'
  readonly char: '*' | '?' | '$'
}

/** `${key}` or `${key, 'default'}`. The key compares case-insensitively with the request's keys. */
export interface VariablePart {
  readonly kind: 'variable'
  readonly key: string
  /** The text after the comma, without its quotes; `undefined` when the variable has no default. */
  readonly fallback: string | undefined
}

/** One piece of a policy value: text, an escape or a variable. */
export type TemplatePart = TextPart | EscapePart | VariablePart

/** Where a `${…}` sits in a policy value, for the parser's warnings and the explanation's highlights. */
export interface VariableSpan {
  /** Index of the `$`. */
  readonly start: number
  /** Index just past the `}`. */
  readonly end: number
  /** The text from `$` to `}`, as written. */
  readonly source: string
  readonly part: EscapePart | VariablePart
}

const DEFAULT_VALUE = /^ *'([^']*)' *$/

/** Every `${…}` in `text`, left to right. */
export function findVariables(text: string): VariableSpan[] {
  const spans: VariableSpan[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('${', from)
    if (start < 0) return spans
    const close = text.indexOf('}', start + 2)
    if (close < 0) return spans
    const end = close + 1
    spans.push({
      start,
      end,
      source: text.slice(start, end),
      part: classify(text.slice(start + 2, close)),
    })
    from = end
  }
}

/** Whether `text` holds at least one `${…}` (a variable or an escape). */
export function hasVariables(text: string): boolean {
  const start = text.indexOf('${')
  return start >= 0 && text.indexOf('}', start + 2) >= 0
}

/** Splits `text` into plain text, escapes and variables. Text without `${…}` is one text part. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let from = 0
  for (const span of findVariables(text)) {
    if (span.start > from) parts.push({ kind: 'text', text: text.slice(from, span.start) })
    parts.push(span.part)
    from = span.end
  }
  if (from < text.length || parts.length === 0) parts.push({ kind: 'text', text: text.slice(from) })
  return parts
}

function classify(inside: string): EscapePart | VariablePart {
  if (inside === '*' || inside === '?' || inside === '$') return { kind: 'escape', char: inside }
  const comma = inside.indexOf(',')
  if (comma >= 0) {
    const fallback = DEFAULT_VALUE.exec(inside.slice(comma + 1))
    if (fallback !== null) {
      return { kind: 'variable', key: inside.slice(0, comma), fallback: fallback[1] ?? '' }
    }
  }
  return { kind: 'variable', key: inside, fallback: undefined }
}
