/**
 * Managed policies for EC2, ECS and Lambda, including the Lambda execution-role policies under
 * `/service-role/` and the policy of the ECS service-linked role under `/aws-service-role/`.
 *
 * Sources: AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html (names, ARNs,
 * descriptions, versions), and the documents AWS returns for the default version as recorded by
 * github.com/zoph-io/IAMTrail and github.com/zoph-io/MAMIP (policies/<name>).
 */
import type { AwsManagedPolicy } from '../types.ts'
import ec2FullAccess from '../documents/AmazonEC2FullAccess.json' with { type: 'json' }
import ec2ReadOnlyAccess from '../documents/AmazonEC2ReadOnlyAccess.json' with { type: 'json' }
import ecsServiceRolePolicy from '../documents/AmazonECSServiceRolePolicy.json' with { type: 'json' }
import lambdaBasicExecutionRole from '../documents/AWSLambdaBasicExecutionRole.json' with { type: 'json' }
import lambdaExecute from '../documents/AWSLambdaExecute.json' with { type: 'json' }
import lambdaFullAccess from '../documents/AWSLambda_FullAccess.json' with { type: 'json' }
import lambdaKinesisExecutionRole from '../documents/AWSLambdaKinesisExecutionRole.json' with { type: 'json' }
import lambdaRole from '../documents/AWSLambdaRole.json' with { type: 'json' }

/** The EC2, ECS and Lambda managed policies. */
export const computePolicies: readonly AwsManagedPolicy[] = [
  {
    name: 'AmazonEC2ReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to Amazon EC2 via the AWS Management Console.',
    version: 'v5',
    document: ec2ReadOnlyAccess,
  },
  {
    name: 'AmazonEC2FullAccess',
    arn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess',
    path: '/',
    description: 'Provides full access to Amazon EC2 via the AWS Management Console.',
    version: 'v5',
    document: ec2FullAccess,
    note: "v5 (created 2018-11-27) as recorded by zoph-io/MAMIP; AWS's reference page could not be checked for a later version.",
  },
  {
    name: 'AmazonECSServiceRolePolicy',
    arn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
    path: '/aws-service-role/',
    description: 'Policy to enable Amazon ECS to manage your cluster.',
    version: 'v24',
    document: ecsServiceRolePolicy,
    serviceLinked: true,
  },
  {
    name: 'AWSLambdaExecute',
    arn: 'arn:aws:iam::aws:policy/AWSLambdaExecute',
    path: '/',
    description: 'Provides Put, Get access to S3 and full access to CloudWatch Logs.',
    version: 'v1',
    document: lambdaExecute,
  },
  {
    name: 'AWSLambda_FullAccess',
    arn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess',
    path: '/',
    description:
      'Grants full access to AWS Lambda service, AWS Lambda console features, and other related AWS services.',
    version: 'v7',
    document: lambdaFullAccess,
  },
  {
    name: 'AWSLambdaBasicExecutionRole',
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    path: '/service-role/',
    description: 'Provides write permissions to CloudWatch Logs.',
    version: 'v1',
    document: lambdaBasicExecutionRole,
  },
  {
    name: 'AWSLambdaRole',
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaRole',
    path: '/service-role/',
    description: 'Default policy for AWS Lambda service role.',
    version: 'v1',
    document: lambdaRole,
  },
  {
    name: 'AWSLambdaKinesisExecutionRole',
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole',
    path: '/service-role/',
    description:
      'Provides list and read access to Kinesis streams and write permissions to CloudWatch logs.',
    version: 'v2',
    document: lambdaKinesisExecutionRole,
  },
]
