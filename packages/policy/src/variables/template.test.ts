import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findVariables, hasVariables, parseTemplate } from './template.ts'

const VARS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'
const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('findVariables (table)', () => {
  const rows = [
    {
      name: 'a variable in a path',
      text: 'home/${aws:username}/*',
      spans: [
        {
          start: 5,
          end: 20,
          source: '${aws:username}',
          part: { kind: 'variable', key: 'aws:username', fallback: undefined },
        },
      ],
      source: VARS,
    },
    {
      name: 'a tag variable',
      text: '${aws:PrincipalTag/team}',
      spans: [
        {
          start: 0,
          end: 24,
          source: '${aws:PrincipalTag/team}',
          part: { kind: 'variable', key: 'aws:PrincipalTag/team', fallback: undefined },
        },
      ],
      source: `${VARS}#policy-vars-tags`,
    },
    {
      name: 'a default value after a comma and a space',
      text: "${aws:PrincipalTag/team, 'company-wide'}",
      spans: [
        {
          start: 0,
          end: 40,
          source: "${aws:PrincipalTag/team, 'company-wide'}",
          part: { kind: 'variable', key: 'aws:PrincipalTag/team', fallback: 'company-wide' },
        },
      ],
      source: `${VARS}#policy-vars-default-values`,
    },
    {
      name: 'a default value without the space (our reading: accepted)',
      text: "${aws:userid,'anonymous'}",
      spans: [
        {
          start: 0,
          end: 25,
          source: "${aws:userid,'anonymous'}",
          part: { kind: 'variable', key: 'aws:userid', fallback: 'anonymous' },
        },
      ],
      source: `${VARS}#policy-vars-default-values`,
    },
    {
      name: 'an empty default value',
      text: "${aws:userid, ''}",
      spans: [
        {
          start: 0,
          end: 17,
          source: "${aws:userid, ''}",
          part: { kind: 'variable', key: 'aws:userid', fallback: '' },
        },
      ],
      source: `${VARS}#policy-vars-default-values`,
    },
    {
      name: 'a comma without a quoted default is part of the key (our reading)',
      text: '${aws:userid,x}',
      spans: [
        {
          start: 0,
          end: 15,
          source: '${aws:userid,x}',
          part: { kind: 'variable', key: 'aws:userid,x', fallback: undefined },
        },
      ],
      source: VARS,
    },
    {
      name: 'the three escapes',
      text: '${*}${?}${$}',
      spans: [
        { start: 0, end: 4, source: '${*}', part: { kind: 'escape', char: '*' } },
        { start: 4, end: 8, source: '${?}', part: { kind: 'escape', char: '?' } },
        { start: 8, end: 12, source: '${$}', part: { kind: 'escape', char: '$' } },
      ],
      source: `${VARS}#policy-vars-specialchars`,
    },
    { name: 'an unclosed `${` is plain text', text: 'a${aws:username', spans: [], source: VARS },
    { name: 'a `$` or braces alone are plain text', text: '$x {y} $ {z}', spans: [], source: VARS },
    {
      name: 'an empty variable has an empty key',
      text: 'a${}b',
      spans: [
        {
          start: 1,
          end: 4,
          source: '${}',
          part: { kind: 'variable', key: '', fallback: undefined },
        },
      ],
      source: VARS,
    },
  ]
  it.each(rows)('$name', ({ text, spans }) => {
    expect(findVariables(text)).toEqual(spans)
    expect(hasVariables(text)).toBe(spans.length > 0)
  })
})

describe('parseTemplate', () => {
  it('splits text, escapes and variables in order', () => {
    expect(parseTemplate("a${*}b${aws:username, 'x'}c")).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'escape', char: '*' },
      { kind: 'text', text: 'b' },
      { kind: 'variable', key: 'aws:username', fallback: 'x' },
      { kind: 'text', text: 'c' },
    ])
  })

  it('keeps text without variables as one part, the empty string included', () => {
    expect(parseTemplate('arn:aws:s3:::bucket/*')).toEqual([
      { kind: 'text', text: 'arn:aws:s3:::bucket/*' },
    ])
    expect(parseTemplate('')).toEqual([{ kind: 'text', text: '' }])
  })

  it('loses nothing: the parts and spans spell the text again', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('$', '{', '}', 'a', ',', "'", ' ', '*') }),
        (text) => {
          const spans = findVariables(text)
          let rebuilt = ''
          let from = 0
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(from)
            rebuilt += text.slice(from, span.start) + span.source
            from = span.end
          }
          expect(rebuilt + text.slice(from)).toBe(text)
          const texts = parseTemplate(text).filter((part) => part.kind === 'text')
          expect(texts.map((part) => part.text).join('').length).toBeLessThanOrEqual(text.length)
        },
      ),
      { numRuns: runs },
    )
  })
})
