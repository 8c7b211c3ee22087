/**
 * Resources with resource-based policies and tags: S3 buckets and objects, KMS keys, SQS
 * queues, SNS topics, Kinesis streams, Lambda functions, Secrets Manager secrets, RDS and EC2
 * instances, CloudFormation stacks.
 */
export { createResource } from './create-resource.ts'
export type { CreateResourceInput } from './create-resource.ts'
export { deleteResourcePolicy, putResourcePolicy } from './put-resource-policy.ts'
export { MAX_RESOURCE_TAGS, tagResource, untagResource } from './tag-resource.ts'
export { newResourceArn } from './resource-arn.ts'
export { storeResourcePolicy } from './resource-policy.ts'
export { resourceTypes } from './resource-types.ts'
export type { ResourcePolicyRules, ResourceTypeSpec } from './resource-types.ts'
export { resourceErrors } from './errors.ts'
export { resourceErrorCodes } from './error-codes.ts'
export type { ResourceErrorCode, ResourceServiceErrorCode } from './error-codes.ts'
export type { ResourceError, ResourceOutcome } from './types.ts'
export { bucketArnOf, findResource, resourceOwner } from '../world/find-resource.ts'
