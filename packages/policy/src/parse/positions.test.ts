import { describe, expect, it } from 'vitest'
import { issuesOf } from '../../test/policy-cases.ts'
import { parsePolicy } from './parse-policy.ts'

const text = [
  '{', //                                                  1
  '  "Version": "2012-10-17",', //                         2
  '  "Statement": [', //                                   3
  '    {', //                                              4
  '      "Sid": "read-only",', //                          5
  '      "Effect": "Allow",', //                           6
  '      "Principal": {"AWS": "123456789012"},', //        7
  '      "Action": ["s3:GetObject", "ListBucket"],', //    8
  '      "Resource": "my-bucket",', //                     9
  '      "Condition": {', //                               10
  '        "StringEqual": {"aws:username": "alice"},', //  11
  '        "DateLessThan": {"aws:CurrentTime": "tomorrow"}', // 12
  '      }', //                                            13
  '    },', //                                             14
  '    {"Effect": "Deny", "Action": "*"}', //              15
  '  ]', //                                                16
  '}', //                                                  17
].join('\n')

describe('parsePolicy points at the line and column of each issue in a text', () => {
  const issues = issuesOf(parsePolicy(text, { kind: 'identity' }))
  const expected: Array<[string, number, number]> = [
    ['policy.sid.invalid', 5, 14],
    ['policy.principal.notAllowed', 7, 7],
    ['policy.action.invalid', 8, 34],
    ['policy.resource.invalid', 9, 19],
    ['policy.condition.unknownOperator', 11, 9],
    ['policy.condition.invalidValue', 12, 45],
    ['policy.resource.missing', 15, 5],
  ]
  it('finds each issue, in document order', () => {
    expect(issues.map((i) => i.code)).toEqual(expected.map(([code]) => code))
  })
  for (const [code, line, column] of expected) {
    it(`puts ${code} at ${line}:${column}`, () => {
      expect(issues.find((i) => i.code === code)).toMatchObject({ line, column })
    })
  }

  it('points at the second of two duplicate keys, and names the first', () => {
    const duplicate = issuesOf(
      parsePolicy('{"Version": "2012-10-17",\n "Version": "2012-10-17", "Statement": []}', {
        kind: 'identity',
      }),
    )
    expect(duplicate[0]).toMatchObject({
      code: 'policy.json.duplicateKey',
      message: '`Version` appears twice in the same object (first at line 1, column 2)',
      path: ['Version'],
      line: 2,
      column: 2,
    })
  })

  it('points at a syntax error, with the path being read', () => {
    const result = parsePolicy(
      '{\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}',
      { kind: 'identity' },
    )
    expect(issuesOf(result)).toEqual([
      {
        code: 'policy.json.syntax',
        severity: 'error',
        message: 'expected `,` or `}` after a property, found `"`',
        path: ['Statement', 0],
        line: 3,
        column: 24,
        awsError: 'MalformedPolicyDocument',
      },
    ])
  })

  it('counts columns in UTF-16 code units after a character IAM refuses', () => {
    const issues = issuesOf(
      parsePolicy('{"Id": "\u{1F600}", "Statement": x}', { kind: 'identity' }),
    )
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['policy.document.invalidCharacters', 1, 9],
      ['policy.json.syntax', 1, 27],
    ])
  })
})
