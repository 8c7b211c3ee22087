import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileWildcard } from './wildcard.ts'
import { compileResourceComponents, matchResource } from './resource.ts'
import { arnAccount, arnService, splitArn } from './arn.ts'

const RESOURCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'
const IDS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html'
const OPS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'

const cases: Array<{ pattern: string; arn: string; expected: boolean; source: string }> = [
  { pattern: '*', arn: 'arn:aws:s3:::bucket', expected: true, source: RESOURCE },
  { pattern: '*', arn: '*', expected: true, source: RESOURCE },
  {
    pattern: 'arn:aws:iam::123456789012:user/Bob',
    arn: 'arn:aws:iam::123456789012:user/Bob',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:iam::123456789012:user/Bob',
    arn: 'arn:aws:iam::123456789012:user/bob',
    expected: false,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:iam::123456789012:user/*',
    arn: 'arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/JaneDoe',
    expected: true,
    source: IDS,
  },
  {
    pattern: 'arn:aws:iam::123456789012:user/division_abc*',
    arn: 'arn:aws:iam::123456789012:user/JohnDoe',
    expected: false,
    source: IDS,
  },
  {
    pattern: 'arn:aws:s3:::bucket/*/test/*',
    arn: 'arn:aws:s3:::bucket/1/2/test/3/object.jpg',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:s3:::bucket/*/test/*',
    arn: 'arn:aws:s3:::bucket//test/object.jpg',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:s3:::bucket/*/test/*',
    arn: 'arn:aws:s3:::bucket/1-test/object.jpg',
    expected: false,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:s3:::bucket/*',
    arn: 'arn:aws:s3:::bucket',
    expected: false,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:logs:us-east-1:123456789012:log-group:*',
    arn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:ec2:*:123456789012:instance/*',
    arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:ec2:*:123456789012:instance/*',
    arn: 'arn:aws:ec2:us-east-1:210987654321:instance/i-1',
    expected: false,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:ec2:us-*-1:*:instance/*',
    arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:ec2:*:instance/*',
    arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
    expected: false,
    source: OPS,
  },
  {
    pattern: 'arn:aws:ec2:*',
    arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:ec2:us-east-1:*',
    arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
    expected: true,
    source: RESOURCE,
  },
  { pattern: 'arn:aws:ec2:*', arn: 'arn:aws:s3:::bucket', expected: false, source: RESOURCE },
  {
    pattern: 'arn:aws:iam::123456789012:role/?ob',
    arn: 'arn:aws:iam::123456789012:role/Bob',
    expected: true,
    source: RESOURCE,
  },
  {
    pattern: 'arn:aws:iam::123456789012:role/?ob',
    arn: 'arn:aws:iam::123456789012:role/Boob',
    expected: false,
    source: RESOURCE,
  },
  { pattern: 'arn:aws:iam::123456789012:role/Bob', arn: '*', expected: false, source: RESOURCE },
  { pattern: 'arn:aws:s3:::*', arn: '*', expected: false, source: RESOURCE },
  { pattern: 'bucket', arn: 'bucket', expected: true, source: RESOURCE },
  { pattern: 'arn:aws:s3:foo', arn: 'arn:aws:s3:foo', expected: true, source: RESOURCE },
  { pattern: 'arn:aws:s3:foo', arn: 'arn:aws:s3:foo:bar:baz', expected: false, source: RESOURCE },
  { pattern: 'arn:aws:*:foo', arn: 'arn:aws:s3:foo', expected: true, source: RESOURCE },
  { pattern: 'arn:aws:*:foo', arn: 'arn:aws:s3:foo:x', expected: false, source: RESOURCE },
  { pattern: 'arn:aws:*:*:*:*', arn: 'arn:aws:s3:::bucket/key', expected: true, source: RESOURCE },
  { pattern: 'arn:*:s3:::b', arn: 'arn:aws-cn:s3:::b', expected: true, source: RESOURCE },
]

describe('matchResource', () => {
  it.each(cases)(
    '`$pattern` against `$arn` is $expected ($source)',
    ({ pattern, arn, expected }) => {
      expect(matchResource(pattern, arn)).toBe(expected)
    },
  )
})

describe('compileResourceComponents', () => {
  it(
    'matches the leading components one by one and the last against the rest (' + RESOURCE + ')',
    () => {
      const match = compileResourceComponents(
        ['arn', 'aws', 's3', '', ''],
        compileWildcard('home/bob/*'),
        true,
      )
      expect(match('arn:aws:s3:::home/bob/a:b')).toBe(true)
      expect(match('arn:aws:s3:::home/alice/a')).toBe(false)
      expect(match('arn:aws:s3:us-east-1::home/bob/a')).toBe(false)
    },
  )
})

describe('splitArn', () => {
  it('keeps the colons of the sixth component (' + IDS + ')', () => {
    expect(splitArn('arn:aws:logs:us-east-1:1:log-group:g:*')).toEqual([
      'arn',
      'aws',
      'logs',
      'us-east-1',
      '1',
      'log-group:g:*',
    ])
    expect(splitArn('*')).toEqual(['*'])
    expect(arnAccount('arn:aws:iam::123456789012:role/R')).toBe('123456789012')
    expect(arnAccount('arn:aws:s3:::bucket')).toBe('')
    expect(arnAccount('*')).toBeUndefined()
    expect(arnService('arn:aws:kms:us-east-1:123456789012:key/k')).toBe('kms')
  })
})

describe('matchResource on generated six-component patterns', () => {
  /** A slow reference: each of the six components as an anchored regular expression. */
  const componentMatches = (pattern: string, value: string): boolean => {
    const body = [...pattern]
      .map((ch) =>
        ch === '*'
          ? '[\\s\\S]*'
          : ch === '?'
            ? '[\\s\\S]'
            : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')
    return new RegExp(`^${body}$`).test(value)
  }
  const reference = (pattern: string, arn: string): boolean => {
    const p = splitArn(pattern)
    const a = splitArn(arn)
    return a.length === 6 && p.every((component, i) => componentMatches(component, a[i] ?? ''))
  }
  const component = fc
    .array(fc.constantFrom('a', 'b', '*', '?', '/'), { maxLength: 4 })
    .map((xs) => xs.join(''))
  const value = fc
    .array(fc.constantFrom('a', 'b', '/', ':'), { maxLength: 5 })
    .map((xs) => xs.join(''))

  it('agrees with a per-component reference (' + RESOURCE + ')', () => {
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 6, maxLength: 6 }),
        fc.array(value, { minLength: 6, maxLength: 6 }),
        (p, v) => {
          const pattern = [
            'arn',
            ...p.slice(1, 5).map((c) => c.replace(/\//g, '')),
            p[5] ?? '',
          ].join(':')
          const arn = ['arn', ...v.slice(1, 5).map((c) => c.replace(/[:/]/g, '')), v[5] ?? ''].join(
            ':',
          )
          fc.pre(pattern !== '*')
          expect(matchResource(pattern, arn)).toBe(reference(pattern, arn))
        },
      ),
      { numRuns: Number(process.env.HATRACK_FC_RUNS ?? 1000) },
    )
  })
})
