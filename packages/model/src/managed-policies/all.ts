import { computePolicies } from './catalog/compute.ts'
import { dataPolicies } from './catalog/data.ts'
import { identityAndKeyPolicies } from './catalog/identity-and-keys.ts'
import { integrationPolicies } from './catalog/integration.ts'
import { jobFunctionPolicies } from './catalog/job-functions.ts'
import type { AwsManagedPolicy } from './types.ts'

/**
 * Every AWS managed policy Hatrack knows, by AWS's name, ARN and path, with the document of its
 * default version (abridged where `note` says so).
 */
export const awsManagedPolicies: readonly AwsManagedPolicy[] = Object.freeze([
  ...jobFunctionPolicies,
  ...identityAndKeyPolicies,
  ...computePolicies,
  ...dataPolicies,
  ...integrationPolicies,
])
