/**
 * Managed policy references: an AWS managed policy Hatrack carries (by name or ARN), a customer
 * managed policy of `policies` (by key, or by ARN), or, in steps, one an earlier step created.
 * Only customer managed policies of the holder's own account can be attached.
 */
import type { JsonPath } from '@hatrack/policy'
import type { ManagedPolicyRef } from '../../format/policy.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import type { Context } from './context.ts'
import { iamArn, parseIamArn } from './iam-arn.ts'
import { awsManagedPolicy, awsManagedPolicyNames } from './model-catalog.ts'
import type { NameRegistry } from './registry.ts'

/** Where a reference is resolved: whose policy it is, and whether undeclared ARNs pass. */
export interface PolicyScope {
  /** The account of the user, group or role the policy attaches to, when there is one. */
  readonly accountId: string | undefined
  /** In steps: a customer managed policy ARN the scenario does not declare may be created later. */
  readonly allowUndeclared: boolean
}

function crossAccount(
  ctx: Context,
  ref: string,
  policyAccount: string,
  scope: PolicyScope,
  path: JsonPath,
): boolean {
  if (scope.accountId === undefined || policyAccount === scope.accountId) return false
  ctx.report(
    'scenario.reference.crossAccount',
    path,
    `the customer managed policy ${code(ref)} belongs to account ${code(policyAccount)}, not ${code(scope.accountId)}`,
    'attach a policy of the same account, or declare a copy of it there',
  )
  return true
}

/** Resolves `ref`; `undefined` after an issue. */
export function resolveManagedPolicy(
  ctx: Context,
  registry: NameRegistry,
  ref: string,
  path: JsonPath,
  scope: PolicyScope,
): ManagedPolicyRef | undefined {
  const declared = registry.byKey('policy', ref)
  if (declared !== undefined) {
    if (crossAccount(ctx, ref, declared.accountId, scope, path)) return undefined
    const arn = iamArn(declared.accountId, 'policy', declared.path, declared.name)
    return {
      source: 'customer',
      key: declared.key ?? ref,
      name: declared.name,
      accountId: declared.accountId,
      arn,
    }
  }
  const aws = awsManagedPolicy(ref)
  if (aws !== undefined) return { source: 'aws', name: aws.name, arn: aws.arn }
  const parsed = parseIamArn(ref, 'policy')
  if (parsed !== undefined && parsed.accountId !== 'aws') {
    const known = registry.get('policy', parsed.accountId, parsed.name)
    if (crossAccount(ctx, ref, parsed.accountId, scope, path)) return undefined
    if (known?.key !== undefined) {
      return {
        source: 'customer',
        key: known.key,
        name: known.name,
        accountId: known.accountId,
        arn: ref,
      }
    }
    if (known !== undefined || scope.allowUndeclared) return { source: 'arn', arn: ref }
  }
  if (parsed === undefined && scope.accountId !== undefined) {
    const created = registry.get('policy', scope.accountId, ref)
    if (created !== undefined)
      return { source: 'arn', arn: iamArn(created.accountId, 'policy', created.path, created.name) }
  }
  const near = closestNames(parsed?.name ?? ref, [
    ...registry.names('policy'),
    ...awsManagedPolicyNames(),
  ])
  ctx.report(
    'scenario.reference.unknownPolicy',
    path,
    parsed?.accountId === 'aws'
      ? `Hatrack does not carry the AWS managed policy ${code(ref)}`
      : parsed !== undefined
        ? `the scenario declares no customer managed policy ${code(ref)}`
        : `unknown managed policy ${code(ref)}`,
    near.length > 0
      ? suggestion(near, [], 'policies')
      : 'declare it under `policies`, or use an AWS managed policy Hatrack carries',
  )
  return undefined
}
