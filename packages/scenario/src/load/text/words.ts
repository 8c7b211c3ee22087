/** Small helpers for messages written for learners: quoting, lists, describing values. */

/** `value` in backticks, shortened when long, with backticks inside replaced. */
export function code(value: string | number | boolean): string {
  let text = String(value).replace(/`/g, "'").replace(/\s+/g, ' ')
  if (text.length > 60) text = `${text.slice(0, 57)}…`
  return `\`${text}\``
}

/** `a`, `b` and `c` (or `a`, `b` or `c`) — quoted, at most `max` shown. */
export function codeList(
  values: readonly string[],
  max = 8,
  conjunction: 'and' | 'or' = 'and',
): string {
  const shown = values.slice(0, max).map(code)
  const rest = values.length - shown.length
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`
  if (shown.length <= 1) return shown.join('')
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`
}

/** "did you mean `x`?", or the names that exist, or `undefined` when there are none. */
export function suggestion(
  closest: readonly string[],
  existing: readonly string[],
  what: string,
): string | undefined {
  if (closest.length === 1) return `did you mean ${code(closest[0] ?? '')}?`
  if (closest.length > 1) return `did you mean ${codeList(closest, 8, 'or')}?`
  if (existing.length === 0) return `the scenario declares no ${what}`
  return `the ${what} declared are ${codeList(existing)}`
}

/** How a message names a value found where something else was expected. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (`null`)'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text ${code(value)}`
    case 'number':
      return `the number ${code(value)}`
    case 'boolean':
      return code(value)
    case 'object':
      return 'a map'
    default:
      return 'a value'
  }
}
