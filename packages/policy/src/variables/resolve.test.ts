import { describe, expect, it } from 'vitest'
import { createRequestContext, type ContextRecord } from '../request.ts'
import { parseTemplate } from './template.ts'
import { resolveTemplate, resolveVariables } from './resolve.ts'

const VARS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'
const SINGLE_MULTI =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'

const rows: {
  name: string
  template: string
  context: ContextRecord
  expected: ReturnType<typeof resolveVariables>
  source: string
}[] = [
  {
    name: 'aws:username',
    template: 'arn:aws:s3:::mybucket/${aws:username}/*',
    context: { 'aws:username': 'David' },
    expected: { ok: true, value: 'arn:aws:s3:::mybucket/David/*' },
    source: VARS,
  },
  {
    name: 'key names are case-insensitive',
    template: '${AWS:UserName}',
    context: { 'aws:username': 'David' },
    expected: { ok: true, value: 'David' },
    source: VARS,
  },
  {
    name: 'a tag variable, its tag key case-insensitive',
    template: 'bucket/${aws:PrincipalTag/Department}',
    context: { 'aws:PrincipalTag/department': 'hr' },
    expected: { ok: true, value: 'bucket/hr' },
    source: `${VARS}#policy-vars-tags`,
  },
  {
    name: 'a default value when the key is missing',
    template: "${aws:PrincipalTag/team, 'company-wide'}",
    context: {},
    expected: { ok: true, value: 'company-wide' },
    source: `${VARS}#policy-vars-default-values`,
  },
  {
    name: 'the request value wins over the default',
    template: "${aws:PrincipalTag/team, 'company-wide'}",
    context: { 'aws:PrincipalTag/team': 'red' },
    expected: { ok: true, value: 'red' },
    source: `${VARS}#policy-vars-default-values`,
  },
  {
    name: 'an empty request value is a value',
    template: "x${aws:PrincipalTag/team, 'd'}x",
    context: { 'aws:PrincipalTag/team': '' },
    expected: { ok: true, value: 'xx' },
    source: VARS,
  },
  {
    name: 'the escapes',
    template: 'a${*}b${?}c${$}d',
    context: {},
    expected: { ok: true, value: 'a*b?c$d' },
    source: `${VARS}#policy-vars-specialchars`,
  },
  {
    name: 'a missing key without a default',
    template: 'home/${aws:username}/',
    context: {},
    expected: { ok: false, missing: ['aws:username'] },
    source: VARS,
  },
  {
    name: 'several missing keys, each named once',
    template: '${a:x}${b:y}${a:x}',
    context: {},
    expected: { ok: false, missing: ['a:x', 'b:y'] },
    source: VARS,
  },
  {
    name: 'a multivalued key cannot be a variable',
    template: '${aws:TagKeys}',
    context: { 'aws:TagKeys': ['a'] },
    expected: { ok: false, missing: ['aws:TagKeys'] },
    source: SINGLE_MULTI,
  },
  {
    name: 'a multivalued key is present: its default does not apply (our reading)',
    template: "${aws:TagKeys, 'none'}",
    context: { 'aws:TagKeys': ['a', 'b'] },
    expected: { ok: false, missing: ['aws:TagKeys'] },
    source: `${VARS}#policy-vars-default-values`,
  },
  {
    name: 'text without variables',
    template: 'plain *text*',
    context: {},
    expected: { ok: true, value: 'plain *text*' },
    source: VARS,
  },
]

describe('resolveVariables (table)', () => {
  it.each(rows)('$name', ({ template, context, expected }) => {
    expect(resolveVariables(template, createRequestContext(context))).toEqual(expected)
  })
})

describe('resolveTemplate', () => {
  it('marks escapes and request values literal, policy text and defaults not', () => {
    const context = createRequestContext({ 'aws:username': 'a*b' })
    const resolution = resolveTemplate(
      parseTemplate("x*${*}${aws:username}${aws:userid, 'd?'}"),
      context,
    )
    expect(resolution).toEqual({
      ok: true,
      pieces: [
        { text: 'x*', literal: false },
        { text: '*', literal: true },
        { text: 'a*b', literal: true },
        { text: 'd?', literal: false },
      ],
    })
  })
})
