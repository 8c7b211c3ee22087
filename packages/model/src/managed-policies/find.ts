import { awsManagedPolicies } from './all.ts'
import type { AwsManagedPolicy } from './types.ts'

const byNameOrArn = new Map<string, AwsManagedPolicy>()
for (const policy of awsManagedPolicies) {
  byNameOrArn.set(policy.name, policy)
  byNameOrArn.set(policy.arn, policy)
}

/**
 * Finds an AWS managed policy by its name (`AmazonS3ReadOnlyAccess`) or its ARN
 * (`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`). The match is exact and
 * case-sensitive, as a policy name is written in an ARN; `undefined` when Hatrack does not know
 * the policy.
 */
export function findAwsManagedPolicy(nameOrArn: string): AwsManagedPolicy | undefined {
  return byNameOrArn.get(nameOrArn)
}
