import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const S = `${DOCS.operators}#Conditions_String`

const tables: Record<string, ConditionRow[]> = {
  StringEquals: [
    ...sharedRows({
      operator: 'StringEquals',
      key: 'aws:PrincipalTag/team',
      values: ['red', 'blue'],
      hit: 'red',
      hit2: 'blue',
      miss: 'Red',
    }),
    {
      name: 'values compare case-sensitively (`johndoe` is not `JohnDoe`)',
      operator: 'StringEquals',
      key: 'aws:username',
      values: ['johndoe'],
      context: { 'aws:username': 'JohnDoe' },
      expected: false,
      detail: '`aws:username` is `JohnDoe`, not equal to `johndoe`',
      source: DOCS.condition,
    },
    {
      name: 'key names compare case-insensitively',
      operator: 'StringEquals',
      key: 'AWS:UserName',
      values: ['johndoe'],
      context: { 'aws:username': 'johndoe' },
      expected: true,
      detail: '`AWS:UserName` is `johndoe`, equal to `johndoe`',
      source: DOCS.condition,
    },
    {
      name: '`*` is a plain character, not a wildcard',
      operator: 'StringEquals',
      key: 'aws:username',
      values: ['*'],
      context: { 'aws:username': 'alice' },
      expected: false,
      source: S,
    },
    {
      name: '`*` equals `*`',
      operator: 'StringEquals',
      key: 'aws:username',
      values: ['*'],
      context: { 'aws:username': '*' },
      expected: true,
      source: S,
    },
    {
      name: 'the empty string equals the empty string',
      operator: 'StringEquals',
      key: 'aws:PrincipalTag/team',
      values: [''],
      context: { 'aws:PrincipalTag/team': '' },
      expected: true,
      source: S,
    },
    {
      name: 'a missing key is explained',
      operator: 'StringEquals',
      key: 'aws:PrincipalTag/job-category',
      values: ['iamuser-admin'],
      context: {},
      expected: false,
      detail:
        '`aws:PrincipalTag/job-category` is missing from the request, and `StringEquals` needs it present',
      source: S,
    },
    {
      name: 'tag-key parts compare case-insensitively',
      operator: 'StringEquals',
      key: 'aws:ResourceTag/TagKey1',
      values: ['Value1'],
      context: { 'aws:ResourceTag/tagkey1': 'Value1' },
      expected: true,
      source: DOCS.condition,
    },
  ],
  StringNotEquals: [
    ...sharedRows({
      operator: 'StringNotEquals',
      key: 'aws:PrincipalTag/team',
      values: ['red', 'blue'],
      hit: 'red',
      hit2: 'blue',
      miss: 'Red',
    }),
    {
      name: 'several values are NOR-ed: the key must equal none',
      operator: 'StringNotEquals',
      key: 'aws:PrincipalTag/role',
      values: ['audit', 'security'],
      context: { 'aws:PrincipalTag/role': 'security' },
      expected: false,
      detail:
        '`aws:PrincipalTag/role` is `security`, equal to `security`, so `StringNotEquals` is false',
      source: DOCS.logic,
    },
    {
      name: 'a value equal to none of them',
      operator: 'StringNotEquals',
      key: 'aws:PrincipalTag/role',
      values: ['audit', 'security'],
      context: { 'aws:PrincipalTag/role': 'dev' },
      expected: true,
      detail:
        '`aws:PrincipalTag/role` is `dev`, not equal to any of `audit`, `security`, as `StringNotEquals` requires',
      source: DOCS.logic,
    },
    {
      name: 'a missing key makes the negated operator true',
      operator: 'StringNotEquals',
      key: 'aws:PrincipalTag/role',
      values: ['audit'],
      context: {},
      expected: true,
      detail: '`aws:PrincipalTag/role` is missing from the request, so `StringNotEquals` is true',
      source: DOCS.operators,
    },
  ],
  StringEqualsIgnoreCase: [
    ...sharedRows({
      operator: 'StringEqualsIgnoreCase',
      key: 'aws:username',
      values: ['johndoe', 'mary'],
      hit: 'JohnDoe',
      hit2: 'MARY',
      miss: 'john',
    }),
    {
      name: '`JohnDoe` matches `johndoe`',
      operator: 'StringEqualsIgnoreCase',
      key: 'aws:username',
      values: ['johndoe'],
      context: { 'aws:username': 'JohnDoe' },
      expected: true,
      detail: '`aws:username` is `JohnDoe`, equal (ignoring case) to `johndoe`',
      source: DOCS.condition,
    },
  ],
  StringNotEqualsIgnoreCase: [
    ...sharedRows({
      operator: 'StringNotEqualsIgnoreCase',
      key: 'aws:username',
      values: ['johndoe', 'mary'],
      hit: 'JohnDoe',
      hit2: 'MARY',
      miss: 'john',
    }),
  ],
  StringLike: [
    ...sharedRows({
      operator: 'StringLike',
      key: 's3:prefix',
      values: ['home/alice/*', 'shared/?'],
      hit: 'home/alice/notes.txt',
      hit2: 'shared/a',
      miss: 'shared/ab',
    }),
    {
      name: '`*` matches any run of characters, `/` included',
      operator: 'StringLike',
      key: 's3:prefix',
      values: ['home/*'],
      context: { 's3:prefix': 'home/a/b/c' },
      expected: true,
      source: S,
    },
    {
      name: 'matching is case-sensitive',
      operator: 'StringLike',
      key: 's3:prefix',
      values: ['Home/*'],
      context: { 's3:prefix': 'home/a' },
      expected: false,
      detail: '`s3:prefix` is `home/a`, not like `Home/*`',
      source: S,
    },
    {
      name: 'a partial match needs a wildcard',
      operator: 'StringLike',
      key: 'ec2:InstanceType',
      values: ['t2'],
      context: { 'ec2:InstanceType': 't2.micro' },
      expected: false,
      source: S,
    },
    {
      name: 'the empty pattern matches the empty string (the s3:prefix example)',
      operator: 'StringLike',
      key: 's3:prefix',
      values: ['', 'home/'],
      context: { 's3:prefix': '' },
      expected: true,
      source: S,
    },
    {
      name: 'StringLike matches a value with colons across ARN segments',
      operator: 'StringLike',
      key: 'aws:SourceArn',
      values: ['arn:aws:someservice:*:111122223333:finance/*'],
      context: {
        'aws:SourceArn':
          'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      },
      expected: true,
      source: `${DOCS.operators}#Conditions_ARN`,
    },
  ],
  StringNotLike: [
    ...sharedRows({
      operator: 'StringNotLike',
      key: 's3:prefix',
      values: ['home/alice/*', 'shared/?'],
      hit: 'home/alice/notes.txt',
      hit2: 'shared/a',
      miss: 'shared/ab',
    }),
    {
      name: 'a value like one of the patterns fails',
      operator: 'StringNotLike',
      key: 'aws:PrincipalArn',
      values: ['arn:aws:iam::*:role/admin-*'],
      context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin-ops' },
      expected: false,
      source: S,
    },
  ],
}

for (const [operator, rows] of Object.entries(tables)) {
  describe(`${operator} (table)`, () => {
    it.each(rows)('$name', (row) => {
      const { explained, compiled } = run(row)
      expect(explained.result).toBe(row.expected)
      expect(compiled).toBe(row.expected)
      if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
      expect(row.source).toMatch(/^https:\/\//)
    })
  })
}
