/**
 * @hatrack/model: the IAM world over time. Identities and resources as immutable data, IAM
 * changes and STS calls as pure operations with AWS's errors, sessions as xstate actors on a
 * simulated clock, and the who-can-assume analysis.
 */
export type * from './world/types.ts'
export type * from './operations/types.ts'
export { awsErrorCodes } from './operations/aws-error-codes.ts'
export type { ErrorCodeInfo } from './operations/aws-error-codes.ts'
export * from './world/index.ts'
export * from './ids/index.ts'
export * from './managed-policies/index.ts'
export * from './iam/index.ts'
export * from './organizations/index.ts'
export * from './resources/index.ts'
export * from './request/index.ts'
export * from './sts/index.ts'
export * from './sessions/index.ts'
export * from './services/index.ts'
export * from './simulation/index.ts'
export * from './calls/index.ts'
export * from './analysis/index.ts'
