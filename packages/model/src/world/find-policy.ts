/**
 * Finding a managed policy by its ARN: an AWS managed policy (`arn:aws:iam::aws:policy/…`)
 * from the library, a customer managed policy from its own account.
 */
import { iamNameOf } from './arn.ts'
import { awsManagedPolicy } from './aws-managed.ts'
import { nameKey } from './update.ts'
import type { ManagedPolicy, World } from './types.ts'

/** The managed policy with exactly this ARN, path included, or `undefined`. */
export function findPolicy(world: World, arn: string): ManagedPolicy | undefined {
  const parts = iamNameOf(arn, 'policy')
  if (!parts) return undefined
  if (parts.accountId === 'aws') return awsManagedPolicy(arn)
  const policy = world.accounts.get(parts.accountId)?.policies.get(nameKey(parts.name))
  return policy?.arn === arn ? policy : undefined
}

/** Whether `arn` names an AWS managed policy (account `aws`). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return iamNameOf(arn, 'policy')?.accountId === 'aws'
}
