/**
 * AssumeRole's parameter validation: AWS's exact messages (iam-facts §10, [STS-API] shapes;
 * [GH:JuliaCloud/AWSCore.jl#38], [GH:zalando-incubator/kube-aws-iam-controller#16]).
 */
import { describe, expect, it } from 'vitest'
import type { AssumeRoleInput } from '../types.ts'
import { assumeRoleViolations } from './assume-role-input.ts'
import { validationError } from './violations.ts'

const base: AssumeRoleInput = {
  roleArn: 'arn:aws:iam::111111111111:role/Target',
  roleSessionName: 'ok',
}

const cases: readonly {
  readonly name: string
  readonly input: Partial<AssumeRoleInput>
  readonly message: string
}[] = [
  {
    name: 'a session name with a colon breaks the pattern',
    input: { roleSessionName: 'a:b' },
    message:
      "1 validation error detected: Value 'a:b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
  },
  {
    name: 'a 65-character session name is too long',
    input: { roleSessionName: 'x'.repeat(65) },
    message: `1 validation error detected: Value '${'x'.repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
  },
  {
    name: 'a one-character session name is too short',
    input: { roleSessionName: 'x' },
    message:
      "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
  },
  {
    name: 'DurationSeconds below 900',
    input: { durationSeconds: 899 },
    message:
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
  },
  {
    name: 'DurationSeconds above 43200',
    input: { durationSeconds: 43201 },
    message:
      "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
  },
  {
    name: 'an ExternalId of one character',
    input: { externalId: 'x' },
    message:
      "1 validation error detected: Value 'x' at 'externalId' failed to satisfy constraint: Member must have length greater than or equal to 2",
  },
  {
    name: 'an ExternalId with a space',
    input: { externalId: 'a b' },
    message:
      "1 validation error detected: Value 'a b' at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*",
  },
  {
    name: 'a TokenCode that is not six digits',
    input: { serialNumber: 'arn:aws:iam::111111111111:mfa/alice', tokenCode: '12a45' },
    message:
      "2 validation errors detected: Value '12a45' at 'tokenCode' failed to satisfy constraint: Member must have length greater than or equal to 6; Value '12a45' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*",
  },
  {
    name: 'a SerialNumber shorter than 9 characters',
    input: { serialNumber: 'GAHT1234', tokenCode: '123456' },
    message:
      "1 validation error detected: Value 'GAHT1234' at 'serialNumber' failed to satisfy constraint: Member must have length greater than or equal to 9",
  },
  {
    name: 'a SourceIdentity with the reserved aws: prefix breaks the pattern (iam-facts §13)',
    input: { sourceIdentity: 'aws:me' },
    message:
      "1 validation error detected: Value 'aws:me' at 'sourceIdentity' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
  },
  {
    name: 'a tag key with a forbidden character',
    input: { tags: [{ key: 'a*b', value: 'v' }] },
    message:
      "1 validation error detected: Value 'a*b' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
  },
  {
    name: 'a tag value of 257 characters',
    input: { tags: [{ key: 'k', value: 'v'.repeat(257) }] },
    message: `1 validation error detected: Value '${'v'.repeat(257)}' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`,
  },
  {
    name: 'two errors in two members, in the order the API lists them',
    input: { roleSessionName: 'a b', durationSeconds: 100 },
    message:
      "2 validation errors detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
  },
]

describe('assumeRoleViolations', () => {
  it.each(cases)('$name', ({ input, message }) => {
    expect(validationError(assumeRoleViolations({ ...base, ...input }))?.message).toBe(message)
  })

  it('accepts every parameter at its limits', () => {
    const input: AssumeRoleInput = {
      ...base,
      roleSessionName: 'a'.repeat(64),
      durationSeconds: 43200,
      externalId: 'x'.repeat(1224),
      serialNumber: 'arn:aws:iam::111111111111:mfa/alice',
      tokenCode: '012345',
      sourceIdentity: 'alice@example.com',
      tags: Array.from({ length: 50 }, (_, index) => ({ key: `k${index}`, value: '' })),
      transitiveTagKeys: ['k1'],
      policyArns: Array.from({ length: 10 }, () => 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
    }
    expect(assumeRoleViolations(input)).toEqual([])
  })

  it('refuses a 51st tag and an 11th managed session policy', () => {
    const violations = assumeRoleViolations({
      ...base,
      tags: Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' })),
      policyArns: Array.from({ length: 11 }, () => 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
    })
    expect(violations).toHaveLength(2)
    expect(violations[0]).toMatch(
      /at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10$/,
    )
    expect(violations[1]).toMatch(
      /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    )
  })

  it('reports a missing session name as null', () => {
    const violations = assumeRoleViolations({ roleArn: base.roleArn } as AssumeRoleInput)
    expect(violations).toEqual([
      "Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null",
    ])
  })
})
