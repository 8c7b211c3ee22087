import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileWildcard, compileWildcardSegments } from './wildcard.ts'

const ACTION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html'
const OPERATORS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'
const VARIABLES =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'

/** A slow, obviously correct reference: the pattern as an anchored regular expression. */
function reference(pattern: string, value: string, ignoreCase = false): boolean {
  const body = [...pattern]
    .map((ch) =>
      ch === '*'
        ? '[\\s\\S]*'
        : ch === '?'
          ? '[\\s\\S]'
          : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '').test(value)
}

const cases: Array<{
  pattern: string
  value: string
  expected: boolean
  ignoreCase?: boolean
  source: string
}> = [
  { pattern: 's3:GetObject', value: 's3:GetObject', expected: true, source: ACTION },
  { pattern: 's3:GetObject', value: 's3:GetObjects', expected: false, source: ACTION },
  { pattern: 's3:Get*', value: 's3:GetObject', expected: true, source: ACTION },
  { pattern: 's3:Get*', value: 's3:PutObject', expected: false, source: ACTION },
  { pattern: 'iam:*AccessKey*', value: 'iam:ListAccessKeys', expected: true, source: ACTION },
  {
    pattern: 'iam:*AccessKey*',
    value: 'iam:listaccesskeys',
    expected: true,
    ignoreCase: true,
    source: ACTION,
  },
  { pattern: 'iam:*AccessKey*', value: 'iam:listaccesskeys', expected: false, source: ACTION },
  { pattern: '*', value: '', expected: true, source: ACTION },
  { pattern: '*', value: 'anything:at all', expected: true, source: ACTION },
  { pattern: '', value: '', expected: true, source: OPERATORS },
  { pattern: '', value: 'a', expected: false, source: OPERATORS },
  { pattern: '?', value: '', expected: false, source: OPERATORS },
  { pattern: '?', value: 'x', expected: true, source: OPERATORS },
  { pattern: 'a?c', value: 'abc', expected: true, source: OPERATORS },
  { pattern: 'a?c', value: 'ac', expected: false, source: OPERATORS },
  { pattern: '*Log', value: 'AuditLog', expected: true, source: OPERATORS },
  { pattern: '*Log', value: 'AuditLogs', expected: false, source: OPERATORS },
  { pattern: 'ab*ba', value: 'aba', expected: false, source: OPERATORS },
  { pattern: 'ab*ba', value: 'abba', expected: true, source: OPERATORS },
  { pattern: 'home/*/x?z', value: 'home/a/b/xyz', expected: true, source: OPERATORS },
  { pattern: '*a*b*a*', value: 'aba', expected: true, source: OPERATORS },
  { pattern: '*a*b*a*', value: 'abb', expected: false, source: OPERATORS },
  { pattern: '*?*?*', value: 'a', expected: false, source: OPERATORS },
  { pattern: '*?*?*', value: 'ab', expected: true, source: OPERATORS },
  { pattern: 'a*?b', value: 'ab', expected: false, source: OPERATORS },
  { pattern: 'a*?b', value: 'axb', expected: true, source: OPERATORS },
]

describe('compileWildcard', () => {
  it.each(cases)('`$pattern` against `$value` is $expected ($source)', (row) => {
    expect(compileWildcard(row.pattern, { ignoreCase: row.ignoreCase ?? false })(row.value)).toBe(
      row.expected,
    )
  })

  it('answers the adversarial `*a*a*…*b` against 10,000 `a`s with false', () => {
    const pattern = '*a'.repeat(50) + '*b'
    expect(compileWildcard(pattern)('a'.repeat(10_000))).toBe(false)
    expect(compileWildcard('*a'.repeat(50) + '*b*')('a'.repeat(10_000))).toBe(false)
    expect(compileWildcard('*a?'.repeat(50) + '*b*')('a'.repeat(10_000))).toBe(false)
    expect(compileWildcard('*a'.repeat(50) + '*')('a'.repeat(10_000))).toBe(true)
  })

  it('agrees with a regular-expression reference on generated patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', '*', '?', '/')
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((xs) => xs.join('')),
        fc.array(fc.constantFrom('a', 'b', 'A', '/'), { maxLength: 10 }).map((xs) => xs.join('')),
        fc.boolean(),
        (pattern, value, ignoreCase) => {
          expect(compileWildcard(pattern, { ignoreCase })(value)).toBe(
            reference(pattern, value, ignoreCase),
          )
        },
      ),
      { numRuns: Number(process.env.HATRACK_FC_RUNS ?? 1000) },
    )
  })
})

describe('compileWildcardSegments', () => {
  it('treats `*` and `?` inside literal parts as plain characters (' + VARIABLES + ')', () => {
    const match = compileWildcardSegments([{ literal: 'a*' }, { star: true }, { literal: '?' }])
    expect(match('a*xyz?')).toBe(true)
    expect(match('abc?')).toBe(false)
    expect(match('a*xyz!')).toBe(false)
  })

  it('supports `?` parts and ignoreCase', () => {
    const match = compileWildcardSegments(
      [{ literal: 'Home/' }, { any: true }, { literal: '/*' }],
      {
        ignoreCase: true,
      },
    )
    expect(match('home/x/*')).toBe(true)
    expect(match('home/xy/*')).toBe(false)
    expect(match('home/x/a')).toBe(false)
  })

  it('matches like compileWildcard when literals hold no wildcard characters', () => {
    const match = compileWildcardSegments([
      { star: true },
      { literal: 'b' },
      { any: true },
      { star: true },
    ])
    expect(match('abc')).toBe(compileWildcard('*b?*')('abc'))
    expect(match('ab')).toBe(false)
  })
})
