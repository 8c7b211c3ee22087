/**
 * Managed policies for the data services: S3, RDS, DynamoDB and Kinesis.
 *
 * Sources: AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html (names, ARNs,
 * descriptions, versions and documents), checked against github.com/zoph-io/MAMIP
 * (policies/<name>), which records what AWS's GetPolicyVersion returns.
 */
import type { AwsManagedPolicy } from '../types.ts'
import dynamoDbFullAccess from '../documents/AmazonDynamoDBFullAccess.json' with { type: 'json' }
import kinesisFullAccess from '../documents/AmazonKinesisFullAccess.json' with { type: 'json' }
import kinesisReadOnlyAccess from '../documents/AmazonKinesisReadOnlyAccess.json' with { type: 'json' }
import rdsFullAccess from '../documents/AmazonRDSFullAccess.json' with { type: 'json' }
import rdsReadOnlyAccess from '../documents/AmazonRDSReadOnlyAccess.json' with { type: 'json' }
import s3FullAccess from '../documents/AmazonS3FullAccess.json' with { type: 'json' }
import s3ReadOnlyAccess from '../documents/AmazonS3ReadOnlyAccess.json' with { type: 'json' }

/** The S3, RDS, DynamoDB and Kinesis managed policies. */
export const dataPolicies: readonly AwsManagedPolicy[] = [
  {
    name: 'AmazonS3FullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
    path: '/',
    description: 'Provides full access to all buckets via the AWS Management Console.',
    version: 'v2',
    document: s3FullAccess,
  },
  {
    name: 'AmazonS3ReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to all buckets via the AWS Management Console.',
    version: 'v3',
    document: s3ReadOnlyAccess,
  },
  {
    name: 'AmazonRDSFullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonRDSFullAccess',
    path: '/',
    description: 'Provides full access to Amazon RDS via the AWS Management Console.',
    version: 'v14',
    document: rdsFullAccess,
    note: "v14 (created 2023-08-17) as recorded by zoph-io/MAMIP; AWS's reference page could not be checked for a later version.",
  },
  {
    name: 'AmazonRDSReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to Amazon RDS via the AWS Management Console.',
    version: 'v7',
    document: rdsReadOnlyAccess,
  },
  {
    name: 'AmazonDynamoDBFullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
    path: '/',
    description: 'Provides full access to Amazon DynamoDB via the AWS Management Console.',
    version: 'v15',
    document: dynamoDbFullAccess,
  },
  {
    name: 'AmazonKinesisFullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonKinesisFullAccess',
    path: '/',
    description: 'Provides full access to all streams via the AWS Management Console.',
    version: 'v1',
    document: kinesisFullAccess,
  },
  {
    name: 'AmazonKinesisReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonKinesisReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to all streams via the AWS Management Console.',
    version: 'v1',
    document: kinesisReadOnlyAccess,
  },
]
