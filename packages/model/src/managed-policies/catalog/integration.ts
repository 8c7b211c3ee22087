/**
 * Managed policies for SQS, SNS and CloudFormation.
 *
 * Sources: AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html (names, ARNs,
 * descriptions, versions and documents), and github.com/zoph-io/IAMTrail and
 * github.com/zoph-io/MAMIP (policies/<name>), which record what AWS's GetPolicyVersion returns.
 */
import type { AwsManagedPolicy } from '../types.ts'
import cloudFormationFullAccess from '../documents/AWSCloudFormationFullAccess.json' with { type: 'json' }
import cloudFormationReadOnlyAccess from '../documents/AWSCloudFormationReadOnlyAccess.json' with { type: 'json' }
import snsFullAccess from '../documents/AmazonSNSFullAccess.json' with { type: 'json' }
import sqsFullAccess from '../documents/AmazonSQSFullAccess.json' with { type: 'json' }

/** The SQS, SNS and CloudFormation managed policies. */
export const integrationPolicies: readonly AwsManagedPolicy[] = [
  {
    name: 'AmazonSQSFullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess',
    path: '/',
    description: 'Provides full access to Amazon SQS via the AWS Management Console.',
    version: 'v1',
    document: sqsFullAccess,
    note: "v1 as recorded by zoph-io/MAMIP; AWS's reference page could not be checked for a later version.",
  },
  {
    name: 'AmazonSNSFullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonSNSFullAccess',
    path: '/',
    description: 'Provides full access to Amazon SNS via the AWS Management Console.',
    version: 'v2',
    document: snsFullAccess,
  },
  {
    name: 'AWSCloudFormationFullAccess',
    arn: 'arn:aws:iam::aws:policy/AWSCloudFormationFullAccess',
    path: '/',
    description: 'Provides full access to AWS CloudFormation.',
    version: 'v1',
    document: cloudFormationFullAccess,
  },
  {
    name: 'AWSCloudFormationReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/AWSCloudFormationReadOnlyAccess',
    path: '/',
    description: 'Provides access to AWS CloudFormation via the AWS Management Console.',
    version: 'v7',
    document: cloudFormationReadOnlyAccess,
  },
]
