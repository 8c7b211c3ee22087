import { describe, expect, it } from 'vitest'
import { compileActionPattern, matchAction } from './action.ts'

const ACTION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html'

const cases: Array<{ pattern: string; action: string; expected: boolean; source: string }> = [
  { pattern: 'iam:ListAccessKeys', action: 'IAM:listaccesskeys', expected: true, source: ACTION },
  { pattern: 'IAM:LISTACCESSKEYS', action: 'iam:ListAccessKeys', expected: true, source: ACTION },
  { pattern: 's3:Get*', action: 's3:GetObject', expected: true, source: ACTION },
  { pattern: 's3:Get*', action: 's3:PutObject', expected: false, source: ACTION },
  { pattern: 's3:*', action: 'ec2:RunInstances', expected: false, source: ACTION },
  { pattern: 'iam:*AccessKey*', action: 'iam:CreateAccessKey', expected: true, source: ACTION },
  { pattern: 'iam:*AccessKey*', action: 'iam:ListAccessKeys', expected: true, source: ACTION },
  { pattern: 'iam:*AccessKey*', action: 'iam:ListUsers', expected: false, source: ACTION },
  { pattern: '*', action: 'sts:AssumeRole', expected: true, source: ACTION },
  { pattern: 'sts:AssumeRole', action: 'sts:AssumeRoleWithSAML', expected: false, source: ACTION },
  { pattern: 'sts:AssumeRole*', action: 'sts:AssumeRoleWithSAML', expected: true, source: ACTION },
  {
    pattern: 'ec2:Describe?nstances',
    action: 'ec2:DescribeInstances',
    expected: true,
    source: ACTION,
  },
]

describe('matchAction', () => {
  it.each(cases)(
    '`$pattern` against `$action` is $expected ($source)',
    ({ pattern, action, expected }) => {
      expect(matchAction(pattern, action)).toBe(expected)
    },
  )

  it('compileActionPattern expects the action already lower-cased', () => {
    const match = compileActionPattern('S3:Get*')
    expect(match('s3:getobject')).toBe(true)
    expect(match('s3:putobject')).toBe(false)
  })
})
