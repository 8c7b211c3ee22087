/**
 * What Hatrack knows of each resource type: its name rule, whether it has a resource-based
 * policy and that policy's size limit, the error codes its service answers with, and what
 * `role` means for it. Sources per row.
 */
import type { ResourceType } from '../world/types.ts'
import type { ResourceErrorCode } from './error-codes.ts'

/** A resource-based policy's limit and the service's error codes for it. */
export interface ResourcePolicyRules {
  /** Bytes of the document as sent; `undefined` when AWS documents none. */
  readonly maxBytes: number | undefined
  readonly source: string
  /** The code of a refused document (bad JSON, bad grammar, invalid principal). */
  readonly malformedCode: ResourceErrorCode
  /** The code of a document over the limit. */
  readonly tooLargeCode: ResourceErrorCode
}

export interface ResourceTypeSpec {
  /** `S3 bucket`, as messages name it. */
  readonly label: string
  /** The name's rule, and the rule in words. */
  readonly name: RegExp
  readonly nameRule: string
  /** The code of a name already taken, for services whose names are unique. */
  readonly alreadyExistsCode: ResourceErrorCode | undefined
  readonly policy: ResourcePolicyRules | undefined
  /** What `role` names: Lambda's execution role, EC2's instance profile, CloudFormation's service role. */
  readonly role: 'role' | 'instanceProfile' | undefined
}

/** The table. */
export const resourceTypes: Readonly<Record<ResourceType, ResourceTypeSpec>> = {
  's3:bucket': {
    label: 'S3 bucket',
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
    name: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    nameRule:
      '3 to 63 lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit',
    alreadyExistsCode: 'BucketAlreadyExists',
    policy: {
      // "Bucket policies are limited to 20 KB in size." (S3 User Guide, bucket policies)
      maxBytes: 20 * 1024,
      source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
      malformedCode: 'MalformedPolicy',
      tooLargeCode: 'PolicyTooLarge',
    },
    role: undefined,
  },
  's3:object': {
    label: 'S3 object',
    // NAME is `BUCKET/KEY`; keys are up to 1,024 bytes (S3 object key naming).
    name: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.{1,1024}$/s,
    nameRule: 'BUCKET/KEY, the bucket an existing bucket, the key 1 to 1,024 characters',
    alreadyExistsCode: undefined,
    policy: undefined,
    role: undefined,
  },
  'kms:key': {
    label: 'KMS key',
    name: /^.{1,256}$/s,
    nameRule: '1 to 256 characters (the key is named by its generated id in its ARN)',
    alreadyExistsCode: undefined,
    policy: {
      // "Up to 32 kilobytes (32,768 bytes)" (KMS, key policy format)
      maxBytes: 32768,
      source: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
      malformedCode: 'MalformedPolicyDocumentException',
      tooLargeCode: 'MalformedPolicyDocumentException',
    },
    role: undefined,
  },
  'sqs:queue': {
    label: 'SQS queue',
    name: /^[A-Za-z0-9_-]{1,80}$|^[A-Za-z0-9_-]{1,75}\.fifo$/,
    nameRule: '1 to 80 letters, digits, hyphens and underscores (a FIFO queue ends in `.fifo`)',
    alreadyExistsCode: 'QueueAlreadyExists',
    policy: {
      // SQS policy quotas: 8,192 bytes (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-policies.html)
      maxBytes: 8192,
      source:
        'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-policies.html',
      malformedCode: 'InvalidAttributeValue',
      tooLargeCode: 'InvalidAttributeValue',
    },
    role: undefined,
  },
  'sns:topic': {
    label: 'SNS topic',
    name: /^[A-Za-z0-9_-]{1,256}$|^[A-Za-z0-9_-]{1,251}\.fifo$/,
    nameRule: '1 to 256 letters, digits, hyphens and underscores (a FIFO topic ends in `.fifo`)',
    alreadyExistsCode: undefined,
    policy: {
      // SNS policy quotas: 30 kb (https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html)
      maxBytes: 30 * 1024,
      source:
        'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html',
      malformedCode: 'InvalidParameter',
      tooLargeCode: 'InvalidParameter',
    },
    role: undefined,
  },
  'kinesis:stream': {
    label: 'Kinesis stream',
    name: /^[a-zA-Z0-9_.-]{1,128}$/,
    nameRule: '1 to 128 letters, digits, dots, hyphens and underscores',
    alreadyExistsCode: 'ResourceInUseException',
    policy: {
      // The PutResourcePolicy reference documents no size limit: none is enforced.
      maxBytes: undefined,
      source: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutResourcePolicy.html',
      malformedCode: 'InvalidArgumentException',
      tooLargeCode: 'InvalidArgumentException',
    },
    role: undefined,
  },
  'lambda:function': {
    label: 'Lambda function',
    name: /^[a-zA-Z0-9_-]{1,64}$/,
    nameRule: '1 to 64 letters, digits, hyphens and underscores',
    alreadyExistsCode: 'ResourceConflictException',
    policy: {
      // "the Lambda function resource-based policy quota is 20 KB" (re:Post, lambda-resource-based-policy-size-error)
      maxBytes: 20 * 1024,
      source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      malformedCode: 'InvalidParameterValueException',
      tooLargeCode: 'PolicyLengthExceededException',
    },
    role: 'role',
  },
  'secretsmanager:secret': {
    label: 'Secrets Manager secret',
    name: /^[A-Za-z0-9/_+=.@-]{1,512}$/,
    nameRule: '1 to 512 letters, digits and / _ + = . @ -',
    alreadyExistsCode: 'ResourceExistsException',
    policy: {
      // PutResourcePolicy: ResourcePolicy, maximum length 20,480
      maxBytes: 20480,
      source:
        'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutResourcePolicy.html',
      malformedCode: 'MalformedPolicyDocumentException',
      tooLargeCode: 'MalformedPolicyDocumentException',
    },
    role: undefined,
  },
  'rds:db': {
    label: 'RDS DB instance',
    name: /^[A-Za-z](?!.*--)[A-Za-z0-9-]{0,62}(?<!-)$/,
    nameRule:
      '1 to 63 letters, digits and hyphens, beginning with a letter, no two hyphens in a row nor one at the end',
    alreadyExistsCode: 'DBInstanceAlreadyExists',
    policy: undefined,
    role: undefined,
  },
  'ec2:instance': {
    label: 'EC2 instance',
    name: /^.{1,256}$/s,
    nameRule:
      'its Name tag, 1 to 256 characters (the instance is named by its generated id in its ARN)',
    alreadyExistsCode: undefined,
    policy: undefined,
    role: 'instanceProfile',
  },
  'cloudformation:stack': {
    label: 'CloudFormation stack',
    name: /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/,
    nameRule: '1 to 128 letters, digits and hyphens, beginning with a letter',
    alreadyExistsCode: 'AlreadyExistsException',
    policy: undefined,
    role: 'role',
  },
}
