/**
 * The two policies AWS attaches to the root, every OU and every account of an organization:
 * - `FullAWSAccess`, the SCP that allows everything, so SCPs restrict nothing until someone
 *   attaches a narrower one (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_strategies.html);
 * - `RCPFullAWSAccess`, the RCP that allows everything and cannot be detached
 *   (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html).
 * Both are AWS managed: their ids are fixed (`p-FullAWSAccess`, `p-RCPFullAWSAccess`).
 */
import { parsePolicy } from '@hatrack/policy'
import type { OrganizationPolicy } from '../world/types.ts'

/** The id of the `FullAWSAccess` SCP. */
export const FULL_AWS_ACCESS_ID = 'p-FullAWSAccess'
/** The id of the `RCPFullAWSAccess` RCP. */
export const RCP_FULL_AWS_ACCESS_ID = 'p-RCPFullAWSAccess'

const fullAwsAccess = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
}

const rcpFullAwsAccess = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
}

/** The two AWS managed organization policies, parsed. */
export function defaultOrganizationPolicies(): readonly OrganizationPolicy[] {
  return [
    managed(FULL_AWS_ACCESS_ID, 'FullAWSAccess', 'scp', fullAwsAccess),
    managed(RCP_FULL_AWS_ACCESS_ID, 'RCPFullAWSAccess', 'rcp', rcpFullAwsAccess),
  ]
}

function managed(
  id: string,
  name: string,
  kind: 'scp' | 'rcp',
  document: object,
): OrganizationPolicy {
  const parsed = parsePolicy(document, { kind })
  if (!parsed.ok) throw new Error(`invariant: the AWS managed ${kind} ${name} does not parse`)
  return { id, name, kind, stored: { kind, document, policy: parsed.policy } }
}

/** Whether the policy is one of AWS's own (`FullAWSAccess`, `RCPFullAWSAccess`). */
export function isAwsManagedOrganizationPolicy(id: string): boolean {
  return id === FULL_AWS_ACCESS_ID || id === RCP_FULL_AWS_ACCESS_ID
}
