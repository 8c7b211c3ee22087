/**
 * The library of AWS managed policies: AWS's names, ARNs, paths and the documents of their
 * default versions, faithful in what they allow (abridged documents say so in `note`).
 */
export type { AwsManagedPolicy, ManagedPolicyPath } from './types.ts'
export { awsManagedPolicies } from './all.ts'
export { findAwsManagedPolicy } from './find.ts'
export { SIMULATED_SERVICE_PREFIXES } from './simulated-services.ts'
