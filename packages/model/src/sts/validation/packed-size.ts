/**
 * The packed size of session policies and session tags: AWS compresses the inline session
 * policy, the managed policy ARNs and the session tags into a binary format with its own limit,
 * reports how full it is as `PackedPolicySize` (a percentage), and fails the call above 100 %
 * with `PackedPolicyTooLarge` (HTTP 400) ([STS-API] PackedPolicyTooLargeException).
 *
 * AWS does not publish the packing, so this is a model, calibrated on what is public:
 * - policies: the plaintext of inline and managed session policies "can't exceed 2,048
 *   characters" ([STS-API] AssumeRole.Policy); we count the inline policy's non-whitespace
 *   characters (as IAM counts policy size) plus the managed policy ARNs, against 2,048;
 * - tags: the tag budget is far smaller than the documented 50 × (128 + 256). Two public
 *   observations: nine tags of a 2-character key and a 250-character value reported 498 %
 *   (aws-actions/configure-aws-credentials#1898), six EKS pod-identity tags (about 300
 *   characters) 74 % (aws/containers-roadmap#2413). Both fit about 450 characters of keys and
 *   values for 100 %, which we use.
 * The messages are AWS's: `Packed policy consumes N% of allotted space, please use smaller
 * policy.` and `Packed size of session tags consumes N% of allotted space.` (same sources).
 */
import type { AwsError } from '../../operations/types.ts'
import type { Tag } from '../../world/types.ts'

/** Plaintext characters of session policies that fill the packed space. */
export const POLICY_BUDGET = 2048
/** Characters of session tag keys and values that fill the packed space (calibrated, see above). */
export const TAG_BUDGET = 450

/** How full the packed space is, in percent, and which part fills it most. */
export interface PackedSize {
  readonly percent: number
  readonly largest: 'policies' | 'tags'
}

/** The packed size of a request's session policies and tags. */
export function packedSize(input: {
  readonly policyCharacters: number
  readonly policyArns: readonly string[]
  readonly tags: readonly Tag[]
}): PackedSize {
  const policyShare =
    (input.policyCharacters + input.policyArns.reduce((sum, arn) => sum + arn.length, 0)) /
    POLICY_BUDGET
  const tagShare =
    input.tags.reduce((sum, tag) => sum + tag.key.length + tag.value.length, 0) / TAG_BUDGET
  return {
    percent: Math.max(0, Math.ceil(100 * (policyShare + tagShare) - 1e-9)),
    largest: tagShare > policyShare ? 'tags' : 'policies',
  }
}

/** `PackedPolicyTooLarge` when the packed size is over 100 %. */
export function packedSizeError(size: PackedSize): AwsError | undefined {
  if (size.percent <= 100) return undefined
  return {
    code: 'PackedPolicyTooLarge',
    message:
      size.largest === 'tags'
        ? `Packed size of session tags consumes ${size.percent}% of allotted space.`
        : `Packed policy consumes ${size.percent}% of allotted space, please use smaller policy.`,
    httpStatus: 400,
  }
}
