/**
 * Session policies passed to an `AssumeRole*` call: the inline `Policy` (parsed as a session
 * policy) and the managed `PolicyArns`, which "must exist in the same account as the role"
 * (AWS managed policies are allowed too) ([STS-API] AssumeRole.PolicyArns). A session's
 * permissions are its role's intersected with them; they never add any (iam-facts §7).
 */
import { parsePolicy, policySize } from '@hatrack/policy'
import type { AwsError } from '../operations/types.ts'
import { parseArn } from '../world/arn.ts'
import { findPolicy } from '../world/find-policy.ts'
import type { AccountId, StoredPolicy, World } from '../world/types.ts'

/** The session policies of a request, ready to store on the session. */
export interface SessionPolicies {
  readonly inline: readonly StoredPolicy[]
  readonly arns: readonly string[]
  /** Non-whitespace characters of the inline policy, for the packed size. */
  readonly characters: number
}

/** Parses and checks the session policies; `MalformedPolicyDocument` or `ValidationError` on failure. */
export function readSessionPolicies(
  world: World,
  roleAccount: AccountId,
  policy: string | undefined,
  policyArns: readonly string[],
):
  | { readonly ok: true; readonly policies: SessionPolicies }
  | { readonly ok: false; readonly error: AwsError } {
  const inline: StoredPolicy[] = []
  let characters = 0
  if (policy !== undefined) {
    const parsed = parsePolicy(policy, { kind: 'session' })
    if (!parsed.ok) {
      // The parser names AWS's error code when it is not `MalformedPolicyDocument` (a session
      // policy over 2,048 characters is a `ValidationError`, in AWS's words).
      const first = parsed.issues.find((issue) => issue.severity === 'error') ?? parsed.issues[0]
      const validation = first?.awsError === 'ValidationError'
      return {
        ok: false,
        error: {
          code: validation ? 'ValidationError' : 'MalformedPolicyDocument',
          message: first?.message ?? 'The policy is not valid JSON.',
          httpStatus: 400,
        },
      }
    }
    inline.push({ kind: 'session', document: jsonOf(policy), policy: parsed.policy })
    characters = policySize(policy)
  }
  for (const arn of policyArns) {
    const owner = parseArn(arn)?.account
    if (findPolicy(world, arn) === undefined || (owner !== 'aws' && owner !== roleAccount)) {
      // The wording is ours (unconfirmed): the policy must exist in the role's account.
      return {
        ok: false,
        error: {
          code: 'ValidationError',
          message: `The managed session policy ${arn} does not exist in account ${roleAccount} or is not an AWS managed policy.`,
          httpStatus: 400,
        },
      }
    }
  }
  return { ok: true, policies: { inline, arns: [...policyArns], characters } }
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
