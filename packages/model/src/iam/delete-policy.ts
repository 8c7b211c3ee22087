/**
 * `DeletePolicy` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html):
 * deletes a customer managed policy that nothing uses: a policy still attached, or still set as
 * a permissions boundary, is `DeleteConflict` (`Cannot delete a policy attached to entities.`,
 * iam-facts §14). AWS counts boundary use apart from attachments; refusing both keeps every
 * boundary pointing at a live policy (Hatrack's choice). AWS managed policies are AWS's to
 * keep. Authorized as `iam:DeletePolicy` on the policy's ARN.
 */
import { iamNameOf } from '../world/arn.ts'
import { nameKey, updateAccount, withEntry } from '../world/update.ts'
import type { Arn, ManagedPolicy, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { awsError, iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { isPolicyInUse } from './policy-usage.ts'
import { checkLength } from './validation.ts'

export interface DeletePolicyInput {
  readonly policyArn: Arn
}

/** Deletes a customer managed policy; returns the deleted policy. */
export function deletePolicy(
  world: World,
  caller: Caller,
  input: DeletePolicyInput,
): Outcome<ManagedPolicy> {
  const invalid = checkLength(input.policyArn, 'policyArn', 20, 2048)
  if (invalid) return fail(invalid)
  const parts = iamNameOf(input.policyArn, 'policy')
  if (parts?.accountId === 'aws') {
    return fail(
      awsError(
        'InvalidInput',
        `${input.policyArn} is an AWS managed policy: only AWS can delete it.`,
      ),
    )
  }
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeletePolicy',
    resource: input.policyArn,
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const account = parts ? world.accounts.get(parts.accountId) : undefined
  const policy = parts ? account?.policies.get(nameKey(parts.name)) : undefined
  if (!parts || !policy || policy.arn !== input.policyArn) {
    return fail(iamErrors.noSuchManagedPolicy(input.policyArn), auth.decisions)
  }
  if (isPolicyInUse(world, parts.accountId, policy.arn))
    return fail(iamErrors.policyInUse(), auth.decisions)
  const next = updateAccount(world, parts.accountId, (current) => ({
    ...current,
    policies: withEntry(current.policies, nameKey(policy.name), undefined),
  }))
  return succeed(next, policy, auth.decisions)
}
