/**
 * The registry of the error codes the resource services answer with in Hatrack (S3, KMS, SQS,
 * SNS, Kinesis, Lambda, Secrets Manager, RDS, CloudFormation, and tagging): what each means,
 * where Hatrack returns it (read from `errors.ts`, `resource-types.ts` and the operations) and
 * the service page that lists it. A resource error may also carry a code of the IAM and STS
 * registry (`ValidationError`, `ResourceNotFoundException`, `InvalidParameterValue`,
 * `InvalidInput`) or of Organizations' (`MalformedPolicyDocumentException`, which KMS and
 * Secrets Manager share): those are explained once, there. The error reference is generated
 * from these registries.
 */
import type { AwsErrorCode } from '../operations/types.ts'
import type { ErrorCodeInfo } from '../operations/aws-error-codes.ts'

/** Every code only the resource services use, keyed by code. */
export const resourceErrorCodes = {
  BucketAlreadyExists: {
    title: 'The bucket name is taken by another account',
    meaning:
      'S3 bucket names are shared by every account, and another account already has a bucket of this name. HTTP 409.',
    inHatrack: 'Creating an S3 bucket whose name a bucket of another account has.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  BucketAlreadyOwnedByYou: {
    title: 'You already own this bucket',
    meaning: 'The bucket to create already exists, and it is yours. HTTP 409.',
    inHatrack: 'Creating an S3 bucket whose name a bucket of the same account already has.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  NoSuchBucket: {
    title: 'The bucket does not exist',
    meaning: 'The request names a bucket S3 does not have. HTTP 404.',
    inHatrack: 'Creating an S3 object in a bucket that does not exist.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  MalformedPolicy: {
    title: 'S3 refuses the bucket policy',
    meaning: 'The bucket policy is not a valid policy document. HTTP 400.',
    inHatrack:
      'Setting an S3 bucket policy that Hatrack’s policy parser refuses, or that names an IAM principal the world does not have.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  PolicyTooLarge: {
    title: 'The bucket policy is too large',
    meaning: 'S3 bucket policies hold at most 20 KB.',
    inHatrack:
      'Setting an S3 bucket policy over 20 KB. S3’s published list of error codes does not confirm this name; it is Hatrack’s choice.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  },
  InvalidRequest: {
    title: 'This resource takes no resource-based policy',
    meaning:
      'The request is not valid for this resource. S3 uses the code for requests it cannot serve as asked.',
    inHatrack:
      'Setting a resource-based policy on a resource type that has none (an S3 object, an RDS or EC2 instance, a CloudFormation stack), for every service; the message is Hatrack’s.',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  QueueAlreadyExists: {
    title: 'A queue already has this name',
    meaning:
      'SQS’s API reference lists this error under `CreateQueue` as `QueueNameExists`, returned when a queue of that name exists with different attributes.',
    inHatrack:
      'Creating an SQS queue whose name a queue of the same account and region has, whatever its attributes.',
    source:
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html',
  },
  InvalidAttributeValue: {
    title: 'SQS refuses a queue attribute',
    meaning: 'A queue attribute, such as its `Policy`, has a value that is not valid.',
    inHatrack: 'Setting an SQS queue policy that is not valid or is over 8,192 bytes.',
    source:
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html',
  },
  InvalidParameter: {
    title: 'SNS refuses a parameter',
    meaning: 'A request parameter, such as the topic’s `Policy` attribute, breaks its constraints.',
    inHatrack: 'Setting an SNS topic policy that is not valid or is over 30 KB.',
    source: 'https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html',
  },
  ResourceInUseException: {
    title: 'The stream already exists',
    meaning:
      'Kinesis answers it when the resource is not in a state for the request, such as a stream name already in use.',
    inHatrack: 'Creating a Kinesis stream whose name a stream of the same account and region has.',
    source: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html',
  },
  InvalidArgumentException: {
    title: 'Kinesis refuses an argument',
    meaning: 'A parameter, such as a resource policy, is not valid.',
    inHatrack:
      'Setting a Kinesis stream’s resource policy that is not valid. Kinesis documents no size limit, and Hatrack enforces none.',
    source: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutResourcePolicy.html',
  },
  ResourceConflictException: {
    title: 'The function already exists',
    meaning:
      'Lambda answers it when the resource already exists or another operation is in progress on it.',
    inHatrack:
      'Creating a Lambda function whose name a function of the same account and region has.',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
  },
  InvalidParameterValueException: {
    title: 'Lambda refuses a parameter',
    meaning:
      'A parameter is not valid, such as an execution role Lambda cannot assume or a permission statement it cannot accept.',
    inHatrack:
      'Creating a Lambda function whose execution role does not exist (`The role defined for the function cannot be assumed by Lambda.`), and a function policy that is not valid.',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html',
  },
  PolicyLengthExceededException: {
    title: 'The function policy is too large',
    meaning: 'A Lambda function’s resource-based policy holds at most 20 KB.',
    inHatrack: 'Setting a Lambda function policy over 20 KB.',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html',
  },
  ResourceExistsException: {
    title: 'The secret already exists',
    meaning: 'Secrets Manager already has a secret of this name.',
    inHatrack:
      'Creating a Secrets Manager secret whose name a secret of the same account and region has.',
    source: 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html',
  },
  DBInstanceAlreadyExists: {
    title: 'The DB instance already exists',
    meaning: 'RDS already has a DB instance with this identifier.',
    inHatrack:
      'Creating an RDS DB instance whose identifier an instance of the same account and region has.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
  },
  AlreadyExistsException: {
    title: 'The stack already exists',
    meaning: 'CloudFormation already has a stack of this name.',
    inHatrack:
      'Creating a CloudFormation stack whose name a stack of the same account and region has.',
    source:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
  },
  TooManyTagsException: {
    title: 'The resource would hold too many tags',
    meaning: 'Most AWS resources hold at most 50 user tags.',
    inHatrack:
      'Tagging a resource of any type beyond 50 tags. Services name this error differently; Hatrack answers with this one name for all of them.',
    source: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
  },
} as const satisfies Record<string, ErrorCodeInfo>

/** A code only the resource services use. */
export type ResourceServiceErrorCode = keyof typeof resourceErrorCodes

/** Every code a resource operation can fail with: its services' own, and the shared ones. */
export type ResourceErrorCode =
  ResourceServiceErrorCode | AwsErrorCode | 'MalformedPolicyDocumentException'
