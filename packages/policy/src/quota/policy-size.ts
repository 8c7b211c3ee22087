/**
 * The size of a policy document as IAM counts it against its quotas: every character except
 * white space ("IAM does not count white space when calculating the size of a policy against
 * these limits", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 * White space here is what JSON calls white space: space, tab, line feed, carriage return (the
 * other characters IAM accepts that Unicode calls spaces, U+0085 and U+00A0, are counted).
 */

/** Whether the UTF-16 code unit `c` is JSON white space. */
export function isJsonWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/**
 * The text AWS would receive for `input`: the string itself, or the compact JSON of a value
 * (`undefined` when the value has no JSON form, such as a bigint or a cycle).
 */
export function policyText(input: string | unknown): string | undefined {
  if (typeof input === 'string') return input
  try {
    const text: unknown = JSON.stringify(input)
    return typeof text === 'string' ? text : undefined
  } catch {
    return undefined
  }
}

/**
 * The number of non-white-space characters of a policy, given as text or as a value (then
 * written as compact JSON). A value that JSON cannot hold has size 0.
 */
export function policySize(input: string | unknown): number {
  const text = policyText(input)
  if (text === undefined) return 0
  return nonWhitespaceLength(text)
}

const WHITESPACE_RUNS = /[ \t\n\r]+/g

/** How many characters of `text` are not JSON white space (counted natively, by a regex). */
export function nonWhitespaceLength(text: string): number {
  return text.replace(WHITESPACE_RUNS, '').length
}
