/**
 * The packed-size model, checked against the public observations it is calibrated on
 * (aws-actions/configure-aws-credentials#1898, aws/containers-roadmap#2413) and the documented
 * 2,048-character plaintext limit of session policies ([STS-API] AssumeRole.Policy).
 */
import { describe, expect, it } from 'vitest'
import { packedSize, packedSizeError } from './packed-size.ts'

describe('packedSize', () => {
  it('puts nine 252-character tags near the 498 % AWS reported', () => {
    const tags = Array.from({ length: 9 }, (_, index) => ({
      key: `T${index}`,
      value: 'a'.repeat(250),
    }))
    const size = packedSize({ policyCharacters: 0, policyArns: [], tags })
    expect(size.percent).toBeGreaterThanOrEqual(480)
    expect(size.percent).toBeLessThanOrEqual(520)
    expect(packedSizeError(size)?.message).toBe(
      `Packed size of session tags consumes ${size.percent}% of allotted space.`,
    )
  })

  it('fills exactly 100 % with 2,048 characters of session policy, and fails one character later', () => {
    expect(packedSize({ policyCharacters: 2048, policyArns: [], tags: [] }).percent).toBe(100)
    expect(
      packedSizeError(packedSize({ policyCharacters: 2048, policyArns: [], tags: [] })),
    ).toBeUndefined()
    const over = packedSize({
      policyCharacters: 2040,
      policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      tags: [],
    })
    expect(packedSizeError(over)).toEqual({
      code: 'PackedPolicyTooLarge',
      message: `Packed policy consumes ${over.percent}% of allotted space, please use smaller policy.`,
      httpStatus: 400,
    })
  })

  it('is 0 % with neither policies nor tags', () => {
    expect(packedSize({ policyCharacters: 0, policyArns: [], tags: [] }).percent).toBe(0)
  })
})
