/**
 * The ARN of a new resource, in the form its service uses (the Service Authorization
 * Reference's resource types, https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html):
 * - S3 bucket `arn:aws:s3:::NAME` and object `arn:aws:s3:::BUCKET/KEY`: no region, no account;
 * - KMS key `arn:aws:kms:REGION:ACCT:key/KEY-ID` (a generated UUID);
 * - SQS queue `arn:aws:sqs:REGION:ACCT:NAME`; SNS topic `arn:aws:sns:REGION:ACCT:NAME`;
 * - Kinesis stream `arn:aws:kinesis:REGION:ACCT:stream/NAME`;
 * - Lambda function `arn:aws:lambda:REGION:ACCT:function:NAME`;
 * - Secrets Manager secret `arn:aws:secretsmanager:REGION:ACCT:secret:NAME-XXXXXX`;
 * - RDS instance `arn:aws:rds:REGION:ACCT:db:NAME`;
 * - EC2 instance `arn:aws:ec2:REGION:ACCT:instance/i-…` (a generated id);
 * - CloudFormation stack `arn:aws:cloudformation:REGION:ACCT:stack/NAME/UUID`.
 */
import type { AccountId, Arn, ResourceType, World } from '../world/types.ts'
import { drawInstanceId, drawSecretSuffix, drawUuid } from './generated-ids.ts'

/** The new resource's ARN, with the world's seed advanced past what it drew. */
export function newResourceArn(
  world: World,
  type: ResourceType,
  accountId: AccountId,
  region: string,
  name: string,
): { readonly arn: Arn; readonly world: World } {
  const prefix = (service: string) => `arn:aws:${service}:${region}:${accountId}:`
  switch (type) {
    case 's3:bucket':
    case 's3:object':
      return { arn: `arn:aws:s3:::${name}`, world }
    case 'kms:key': {
      const id = drawUuid(world)
      return { arn: `${prefix('kms')}key/${id.text}`, world: id.world }
    }
    case 'sqs:queue':
      return { arn: `${prefix('sqs')}${name}`, world }
    case 'sns:topic':
      return { arn: `${prefix('sns')}${name}`, world }
    case 'kinesis:stream':
      return { arn: `${prefix('kinesis')}stream/${name}`, world }
    case 'lambda:function':
      return { arn: `${prefix('lambda')}function:${name}`, world }
    case 'secretsmanager:secret': {
      const suffix = drawSecretSuffix(world)
      return {
        arn: `${prefix('secretsmanager')}secret:${name}-${suffix.text}`,
        world: suffix.world,
      }
    }
    case 'rds:db':
      return { arn: `${prefix('rds')}db:${name}`, world }
    case 'ec2:instance': {
      const id = drawInstanceId(world)
      return { arn: `${prefix('ec2')}instance/${id.text}`, world: id.world }
    }
    case 'cloudformation:stack': {
      const id = drawUuid(world)
      return { arn: `${prefix('cloudformation')}stack/${name}/${id.text}`, world: id.world }
    }
  }
}
