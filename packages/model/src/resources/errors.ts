/**
 * Resource errors: the service's own code where the table has one, and a message in AWS's
 * words where known, Hatrack's otherwise (marked).
 */
import type { World } from '../world/types.ts'
import type { ResourceErrorCode } from './error-codes.ts'
import type { ResourceError, ResourceOutcome } from './types.ts'

/** A resource error with a 400 status unless said otherwise. */
export function resourceError(
  code: ResourceErrorCode,
  message: string,
  httpStatus = 400,
): ResourceError {
  return { code, message, httpStatus }
}

/** A failed resource operation. */
export function resourceFail<T>(error: ResourceError): ResourceOutcome<T> {
  return { status: 'error', error }
}

/** A successful resource operation. */
export function resourceSucceed<T>(world: World, value: T): ResourceOutcome<T> {
  return { status: 'ok', world, value }
}

/** The table of resource messages. */
export const resourceErrors = {
  /** (Hatrack's wording) */
  unknownAccount: (accountId: string) =>
    resourceError('ValidationError', `The account ${accountId} is not part of this world.`),
  /** (Hatrack's wording) */
  unknownType: (type: string) =>
    resourceError('ValidationError', `Hatrack does not simulate resources of type '${type}'.`),
  /** (Hatrack's wording) */
  badName: (label: string, name: string, rule: string) =>
    resourceError('ValidationError', `'${name}' is not a valid name for an ${label}: ${rule}.`),
  /** (Hatrack's wording) */
  badRegion: (region: string) =>
    resourceError('ValidationError', `'${region}' is not a region name such as us-east-1.`),
  /** S3: `The requested bucket name is not available…` (S3 error codes, BucketAlreadyExists). */
  bucketTaken: (name: string, yours: boolean) =>
    yours
      ? resourceError(
          'BucketAlreadyOwnedByYou',
          `Your previous request to create the named bucket succeeded and you already own it: ${name}.`,
          409,
        )
      : resourceError(
          'BucketAlreadyExists',
          `The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again: ${name}.`,
          409,
        ),
  /** S3: `The specified bucket does not exist` (S3 error codes, NoSuchBucket). */
  noSuchBucket: (name: string) =>
    resourceError('NoSuchBucket', `The specified bucket does not exist: ${name}`, 404),
  /** (Hatrack's wording, with the service's code) */
  exists: (code: ResourceErrorCode, label: string, name: string) =>
    resourceError(
      code,
      `An ${label} called ${name} already exists in this account and region.`,
      409,
    ),
  /** (Hatrack's wording) */
  notFound: (arn: string) =>
    resourceError(
      'ResourceNotFoundException',
      `No resource with the ARN ${arn} exists in this world.`,
      404,
    ),
  /** (Hatrack's wording) */
  noResourcePolicy: (label: string) =>
    resourceError('InvalidRequest', `An ${label} has no resource-based policy.`),
  /** (Hatrack's wording, with the service's code) */
  policyTooLarge: (code: ResourceErrorCode, label: string, bytes: number, limit: number) =>
    resourceError(
      code,
      `The policy is ${bytes} bytes; an ${label} policy holds at most ${limit} bytes.`,
    ),
  /** Lambda: `The role defined for the function cannot be assumed by Lambda.` */
  lambdaRole: () =>
    resourceError(
      'InvalidParameterValueException',
      'The role defined for the function cannot be assumed by Lambda.',
    ),
  /** EC2's words for an unknown instance profile. */
  instanceProfile: (arn: string) =>
    resourceError(
      'InvalidParameterValue',
      `Value (${arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`,
    ),
  /** CloudFormation's words for a service role that is not there. */
  stackRole: (arn: string) =>
    resourceError('ValidationError', `Role ${arn} is invalid or cannot be assumed`),
  /** (Hatrack's wording) */
  noRole: (label: string) => resourceError('ValidationError', `An ${label} takes no role.`),
} as const
