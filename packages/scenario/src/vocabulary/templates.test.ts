import { describe, expect, it } from 'vitest'
import { keyFits, overlaps, policyArnTokens, templateTokens } from './templates.ts'

describe('keyFits', () => {
  it.each([
    ['aws:SourceIp', 'aws:SourceIp', true],
    ['AWS:sourceip', 'aws:SourceIp', true],
    ['aws:PrincipalTag/team', 'aws:PrincipalTag/tag-key', true],
    ['aws:PrincipalTag/', 'aws:PrincipalTag/tag-key', false],
    ['s3:ExistingObjectTag/owner', 's3:ExistingObjectTag/${TagKey}', true],
    [
      'codebuild:environment.environmentVariables/HOME.value',
      'codebuild:environment.environmentVariables/${name}.value',
      true,
    ],
    [
      'codebuild:environment.environmentVariables/.value',
      'codebuild:environment.environmentVariables/${name}.value',
      false,
    ],
    ['aws:SourceIpp', 'aws:SourceIp', false],
  ])('%s fits %s: %s', (key, template, fits) => {
    expect(keyFits(key, template)).toBe(fits)
  })
})

describe('overlaps', () => {
  const bucket = 'arn:${Partition}:s3:::${BucketName}'
  const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'
  const fits = (arn: string, template: string) =>
    overlaps(policyArnTokens(arn), templateTokens(template))

  it.each([
    ['arn:aws:s3:::orders', bucket, true],
    ['arn:aws:s3:::orders/report.csv', object, true],
    ['arn:aws:s3:::orders/*', object, true],
    ['arn:aws:s3:::*', bucket, true],
    ['arn:aws:s3:::orders-${aws:username}', bucket, true],
    ['arn:aws:s3:::order?', bucket, true],
    ['arn:aws:s3:::bucket:key', bucket, false],
    ['arn:aws:s3:::bucket:key', object, false],
    [
      'arn:aws:kinesis:eu-west-1:123456789012:stream/uat',
      'arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}',
      true,
    ],
    [
      'arn:aws:kinesis:eu-west-1:123456789012:streams/uat',
      'arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}',
      false,
    ],
    [
      'arn:aws:kinesis:*',
      'arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}',
      true,
    ],
  ])('%s and %s overlap: %s', (arn, template, expected) => {
    expect(fits(arn, template)).toBe(expected)
  })

  it.each([
    ['arn:aws:s3:::reports/*', bucket, false],
    ['arn:aws:s3:::reports/2026/q1.csv', bucket, false],
    ['arn:aws:s3:::reports', bucket, true],
    ['arn:aws:s3:::reports*', bucket, true],
    ['arn:aws:s3:::reports/2026/q1.csv', object, true],
    [
      'arn:aws:iam::123456789012:role/teams/AppRole',
      'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}',
      true,
    ],
  ])('with names that hold no `/`, %s and %s overlap: %s', (arn, template, expected) => {
    expect(overlaps(policyArnTokens(arn), templateTokens(template, true))).toBe(expected)
    // Read leniently (the vocabulary check), a bucket's name may seem to hold one.
    if (template === bucket && arn.includes('/'))
      expect(overlaps(policyArnTokens(arn), templateTokens(template))).toBe(true)
  })

  it('stays fast on long patterns of wildcards', () => {
    const arn = `arn:aws:s3:::${'*a'.repeat(500)}`
    expect(fits(arn, object)).toBe(true)
  })
})
