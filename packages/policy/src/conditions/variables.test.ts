/** Policy variables inside condition values: where they work, how they resolve, when they fail. */
import { describe, expect, it } from 'vitest'
import { createRequestContext } from '../request.ts'
import { compileCondition } from './compile.ts'
import { DOCS, clause, run, type ConditionRow } from '../../test/support/conditions.ts'

const V = DOCS.variables
const VC = `${DOCS.variables}#policy-vars-conditionelement`
const prefix = 's3:prefix'

const rows: ConditionRow[] = [
  {
    name: 'the home-directory example matches the user',
    operator: 'StringLike',
    key: prefix,
    values: ['home/${aws:username}/*'],
    context: { [prefix]: 'home/alice/notes', 'aws:username': 'alice' },
    expected: true,
    detail: '`s3:prefix` is `home/alice/notes`, like `home/alice/*`',
    source: VC,
  },
  {
    name: 'the home-directory example refuses another user',
    operator: 'StringLike',
    key: prefix,
    values: ['home/${aws:username}/*'],
    context: { [prefix]: 'home/bob/notes', 'aws:username': 'alice' },
    expected: false,
    source: VC,
  },
  {
    name: 'unresolvable: StringEquals does not match',
    operator: 'StringEquals',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': 'AROAEXAMPLE:session' },
    expected: false,
    detail:
      '`aws:userid` is `AROAEXAMPLE:session`, which matches no policy value; `${aws:username}` matches nothing, since the request has no single value for `aws:username`',
    source: V,
  },
  {
    name: 'unresolvable: StringLike does not match',
    operator: 'StringLike',
    key: 'sts:RoleSessionName',
    values: ['${aws:username}'],
    context: { 'sts:RoleSessionName': 'x' },
    expected: false,
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
  },
  {
    name: 'unresolvable: StringNotEquals matches',
    operator: 'StringNotEquals',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': 'x' },
    expected: true,
    source: V,
  },
  {
    name: 'unresolvable: StringNotLike matches',
    operator: 'StringNotLike',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': 'x' },
    expected: true,
    source: V,
  },
  {
    name: 'unresolvable next to a value that matches: OR still holds',
    operator: 'StringEquals',
    key: 'aws:userid',
    values: ['${aws:username}', 'x'],
    context: { 'aws:userid': 'x' },
    expected: true,
    source: V,
  },
  {
    name: 'a multivalued key as a variable is unresolvable',
    operator: 'StringEquals',
    key: 'aws:userid',
    values: ['${aws:TagKeys}'],
    context: { 'aws:userid': 'a', 'aws:TagKeys': ['a'] },
    expected: false,
    source: DOCS.sets,
  },
  {
    name: 'a default value stands in for a missing tag',
    operator: 'StringEquals',
    key: 'aws:ResourceTag/team',
    values: ["${aws:PrincipalTag/team, 'company-wide'}"],
    context: { 'aws:ResourceTag/team': 'company-wide' },
    expected: true,
    source: `${V}#policy-vars-default-values`,
  },
  {
    name: 'a default value keeps its wildcards in StringLike (our reading)',
    operator: 'StringLike',
    key: 'aws:ResourceTag/team',
    values: ["${aws:PrincipalTag/team, 'team-*'}"],
    context: { 'aws:ResourceTag/team': 'team-red' },
    expected: true,
    source: `${V}#policy-vars-default-values`,
  },
  {
    name: 'tag variables: the principal and the resource share a team',
    operator: 'StringEquals',
    key: 'aws:ResourceTag/team',
    values: ['${aws:PrincipalTag/Team}'],
    context: { 'aws:ResourceTag/team': 'red', 'aws:PrincipalTag/team': 'red' },
    expected: true,
    source: `${V}#policy-vars-tags`,
  },
  {
    name: 'StringEqualsIgnoreCase with a variable',
    operator: 'StringEqualsIgnoreCase',
    key: 'aws:ResourceTag/owner',
    values: ['${aws:username}'],
    context: { 'aws:ResourceTag/owner': 'ALICE', 'aws:username': 'alice' },
    expected: true,
    source: VC,
  },
  {
    name: '`${*}` is a literal asterisk in StringLike',
    operator: 'StringLike',
    key: prefix,
    values: ['a${*}b'],
    context: { [prefix]: 'a*b' },
    expected: true,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: '`${*}` does not act as a wildcard',
    operator: 'StringLike',
    key: prefix,
    values: ['a${*}b'],
    context: { [prefix]: 'axb' },
    expected: false,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: '`${?}` is a literal question mark',
    operator: 'StringLike',
    key: prefix,
    values: ['why${?}*'],
    context: { [prefix]: 'whyx' },
    expected: false,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: '`${?}` then a real wildcard',
    operator: 'StringLike',
    key: prefix,
    values: ['why${?}*'],
    context: { [prefix]: 'why?not' },
    expected: true,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: '`${$}` writes a dollar sign before a brace',
    operator: 'StringEquals',
    key: prefix,
    values: ['${$}{aws:username}'],
    context: { [prefix]: '${aws:username}', 'aws:username': 'alice' },
    expected: true,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: '`${*}` in StringEquals is an asterisk',
    operator: 'StringEquals',
    key: prefix,
    values: ['${*}'],
    context: { [prefix]: '*' },
    expected: true,
    source: `${V}#policy-vars-specialchars`,
  },
  {
    name: 'a `*` in a variable value is literal in StringLike (our reading)',
    operator: 'StringLike',
    key: prefix,
    values: ['${aws:PrincipalTag/p}'],
    context: { [prefix]: 'abc', 'aws:PrincipalTag/p': 'a*' },
    expected: false,
    source: V,
  },
  {
    name: 'a `*` in a variable value matches itself',
    operator: 'StringLike',
    key: prefix,
    values: ['${aws:PrincipalTag/p}/*'],
    context: { [prefix]: 'a*/x', 'aws:PrincipalTag/p': 'a*' },
    expected: true,
    source: V,
  },
  {
    name: 'Version 2008-10-17: variables are literal text',
    operator: 'StringEquals',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': 'alice', 'aws:username': 'alice' },
    variables: false,
    expected: false,
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
  {
    name: 'Version 2008-10-17: the literal text matches itself',
    operator: 'StringEquals',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': '${aws:username}' },
    variables: false,
    expected: true,
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
  {
    name: 'Version 2008-10-17: `*` is still a wildcard in StringLike',
    operator: 'StringLike',
    key: 'aws:userid',
    values: ['${aws:username}*'],
    context: { 'aws:userid': '${aws:username}-x' },
    variables: false,
    expected: true,
    source: V,
  },
  {
    name: 'Version 2008-10-17: an unresolvable variable is no longer unresolvable',
    operator: 'StringNotEquals',
    key: 'aws:userid',
    values: ['${aws:username}'],
    context: { 'aws:userid': '${aws:username}' },
    variables: false,
    expected: false,
    source: V,
  },
]

describe('policy variables in conditions (table)', () => {
  it.each(rows)('$name', (row) => {
    const { explained, compiled } = run(row)
    expect(explained.result).toBe(row.expected)
    expect(compiled).toBe(row.expected)
    if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
    expect(row.source).toMatch(/^https:\/\//)
  })
})

describe('compileCondition with variables', () => {
  it('resolves per request: one compiled clause, several callers', () => {
    const test = compileCondition(clause('StringLike', prefix, ['home/${aws:username}/*']), {
      variables: true,
    })
    const as = (user: string | undefined, value: string) =>
      test(
        createRequestContext({
          [prefix]: value,
          ...(user === undefined ? {} : { 'aws:username': user }),
        }),
      )
    expect(as('alice', 'home/alice/x')).toBe(true)
    expect(as('bob', 'home/alice/x')).toBe(false)
    expect(as('bob', 'home/bob/x')).toBe(true)
    expect(as('alice', 'home/alice/y')).toBe(true)
    expect(as(undefined, 'home/alice/x')).toBe(false)
  })

  it('reports the resolved policy values in the explanation', () => {
    const { explained } = run({
      name: '',
      operator: 'StringLike',
      key: prefix,
      values: ['home/${aws:username}/*', '${aws:userid}'],
      context: { [prefix]: 'x', 'aws:username': 'alice' },
      expected: false,
      source: V,
    })
    expect(explained.policyValues).toEqual(['home/alice/*', '${aws:userid}'])
  })
})
