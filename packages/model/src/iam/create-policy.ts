/**
 * `CreatePolicy` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html):
 * a customer managed policy with a new `ANPA…` id and version `v1`. Its name (1–128
 * characters `[\w+=,.@-]`) is unique in the account regardless of case (`A policy called X
 * already exists. Duplicate names are not allowed.`); its document is parsed as an identity
 * policy and holds at most 6,144 non-whitespace characters (`Cannot exceed quota for
 * PolicySize: 6144`, iam-facts §14–15). Authorized as `iam:CreatePolicy` on the policy's ARN.
 */
import { iamArn } from '../world/arn.ts'
import { storePolicy } from '../world/store-policy.ts'
import { drawId, nameKey, updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, ManagedPolicy, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkDescription, checkName, checkPath, firstProblem } from './validation.ts'

export interface CreatePolicyInput {
  readonly accountId: AccountId
  readonly policyName: string
  /** JSON text or a JSON value. */
  readonly policyDocument: string | unknown
  readonly path?: string
  readonly description?: string
}

/** Creates a customer managed policy. */
export function createPolicy(
  world: World,
  caller: Caller,
  input: CreatePolicyInput,
): Outcome<ManagedPolicy> {
  const path = input.path ?? '/'
  const invalid = firstProblem(
    () => checkName(input.policyName, 'policyName', 128),
    () => checkPath(path),
    () => (input.description === undefined ? undefined : checkDescription(input.description)),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = iamArn(input.accountId, 'policy', path, input.policyName)
  const auth = authorizeOperation(world, caller, { action: 'iam:CreatePolicy', resource: arn })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const key = nameKey(input.policyName)
  if (account.policies.has(key))
    return fail(iamErrors.policyExists(input.policyName), auth.decisions)
  const stored = storePolicy(world, input.policyDocument, 'identity')
  if (!stored.ok) return fail(stored.error, auth.decisions)
  if (stored.size > iamQuotas.PolicySize) {
    return fail(iamErrors.quota('PolicySize', iamQuotas.PolicySize), auth.decisions)
  }
  if (account.policies.size >= iamQuotas.PoliciesPerAccount) {
    return fail(iamErrors.quota('PoliciesPerAccount', iamQuotas.PoliciesPerAccount), auth.decisions)
  }
  const drawn = drawId(world, 'managedPolicy')
  const policy: ManagedPolicy = {
    name: input.policyName,
    path,
    arn,
    id: drawn.id,
    description: input.description,
    defaultVersion: 'v1',
    stored: stored.stored,
    createdAt: world.now,
  }
  const next = updateAccount(drawn.world, input.accountId, (current) => ({
    ...current,
    policies: withEntry(current.policies, key, policy),
  }))
  return succeed(next, policy, auth.decisions)
}
