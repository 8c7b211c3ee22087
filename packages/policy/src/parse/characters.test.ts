import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { issuesOf, policy, statement } from '../../test/policy-cases.ts'
import { createLineIndex } from '../json/position.ts'
import { isPolicyCharacter, MAX_DOCUMENT_LENGTH } from './characters.ts'
import { parsePolicy } from './parse-policy.ts'

describe('the characters IAM accepts', () => {
  const accepted = [0x09, 0x0a, 0x0d, 0x20, 0x41, 0x7e, 0x7f, 0xa0, 0xe9, 0xff]
  const refused = [0x00, 0x08, 0x0b, 0x1f, 0x100, 0x2019, 0xd83d, 0xfeff]
  for (const c of accepted)
    it(`accepts U+${c.toString(16).padStart(4, '0')}`, () =>
      expect(isPolicyCharacter(c)).toBe(true))
  for (const c of refused)
    it(`refuses U+${c.toString(16).padStart(4, '0')}`, () =>
      expect(isPolicyCharacter(c)).toBe(false))
})

describe('parsePolicy refuses characters outside tab, LF, CR and U+0020–U+00FF', () => {
  it('names a typographic quote and says what to write instead', () => {
    const issues = issuesOf(
      parsePolicy('{"Statement": [{"Effect": \u201CAllow\u201D}]}', { kind: 'identity' }),
    )
    expect(issues[0]).toEqual({
      code: 'policy.document.invalidCharacters',
      severity: 'error',
      message:
        'the document holds the character U+201C (\u201C), which IAM does not accept, and 1 more such character',
      path: [],
      line: 1,
      column: 27,
      hint: 'replace typographic quotes with straight ones: `"`',
      awsError: 'ValidationError',
    })
  })

  it('names a byte-order mark', () => {
    const issues = issuesOf(parsePolicy('\uFEFF{}', { kind: 'identity' }))
    expect(issues[0]).toMatchObject({
      code: 'policy.document.invalidCharacters',
      hint: 'save the file without a byte-order mark',
      line: 1,
      column: 1,
    })
  })

  it('checks the strings of a value, with their path', () => {
    const issues = issuesOf(
      parsePolicy(policy(statement({ Resource: 'arn:aws:s3:::b\u00fccket-\u4e2d' })), {
        kind: 'identity',
      }),
    )
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'policy.document.invalidCharacters',
        path: ['Statement', 0, 'Resource'],
        message: 'this value holds the character U+4E2D (\u4e2d), which IAM does not accept',
      }),
    ])
  })

  it('accepts Latin-1 letters', () => {
    expect(
      parsePolicy(policy(statement({ Resource: 'arn:aws:s3:::caf\u00e9/*' })), { kind: 'identity' })
        .ok,
    ).toBe(true)
  })

  it(`refuses a document longer than ${MAX_DOCUMENT_LENGTH} characters, white space included`, () => {
    const long = JSON.stringify(policy(statement())).replace(
      '{',
      `{${' '.repeat(MAX_DOCUMENT_LENGTH)}`,
    )
    const issues = issuesOf(parsePolicy(long, { kind: 'identity' }))
    expect(issues.map((i) => i.code)).toEqual(['policy.document.tooLong'])
    expect(issues[0]).toMatchObject({
      awsError: 'ValidationError',
      line: 1,
      column: MAX_DOCUMENT_LENGTH + 1,
    })
  })
})

describe('the first refused character of a text', () => {
  const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)
  it('is where a character-by-character reading finds it, with as many more after it', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          ' ',
          '\t',
          '\n',
          '\u00ff',
          '\u0100',
          '\u0000',
          '\u201c',
          '😀',
          '\ufeff',
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => `"${parts.join('')}"`)
    fc.assert(
      fc.property(text, (value) => {
        let index = -1
        let count = 0
        for (let i = 0; i < value.length; i++) {
          if (isPolicyCharacter(value.charCodeAt(i))) continue
          if (index < 0) index = i
          count++
          if ((value.codePointAt(i) ?? 0) > 0xffff) i++
        }
        const found = issuesOf(parsePolicy(value, { kind: 'identity' })).find(
          (issue) => issue.code === 'policy.document.invalidCharacters',
        )
        if (index < 0) expect(found).toBeUndefined()
        else {
          const at = createLineIndex(value)(index)
          expect([found?.line, found?.column]).toEqual([at.line, at.column])
          const more = /and (\d+) more/.exec(found?.message ?? '')
          expect(more === null ? 1 : Number(more[1]) + 1).toBe(count)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
