/**
 * Managed policies for IAM, Secrets Manager and KMS.
 *
 * Sources: AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html (names, ARNs,
 * descriptions, versions and documents), checked against github.com/zoph-io/MAMIP
 * (policies/<name>), which records what AWS's GetPolicyVersion returns.
 */
import type { AwsManagedPolicy } from '../types.ts'
import iamFullAccess from '../documents/IAMFullAccess.json' with { type: 'json' }
import iamReadOnlyAccess from '../documents/IAMReadOnlyAccess.json' with { type: 'json' }
import kmsPowerUser from '../documents/AWSKeyManagementServicePowerUser.json' with { type: 'json' }
import secretsManagerReadWrite from '../documents/SecretsManagerReadWrite.json' with { type: 'json' }

/** The IAM, Secrets Manager and KMS managed policies. */
export const identityAndKeyPolicies: readonly AwsManagedPolicy[] = [
  {
    name: 'IAMFullAccess',
    arn: 'arn:aws:iam::aws:policy/IAMFullAccess',
    path: '/',
    description: 'Provides full access to IAM via the AWS Management Console.',
    version: 'v2',
    document: iamFullAccess,
  },
  {
    name: 'IAMReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    path: '/',
    description: 'Provides read only access to IAM via the AWS Management Console.',
    version: 'v4',
    document: iamReadOnlyAccess,
  },
  {
    name: 'SecretsManagerReadWrite',
    arn: 'arn:aws:iam::aws:policy/SecretsManagerReadWrite',
    path: '/',
    // AWS's own wording, typo included.
    description:
      'Provides read/write access to AWS Secrets Manager via the AWS Management Console. Note: this exludes IAM actions, so combine with IAMFullAccess if rotation configuration is required.',
    version: 'v5',
    document: secretsManagerReadWrite,
    note:
      "Version v5 as AWS's reference lists it (edited 2024-02-22); its page shows the first statements only. " +
      'The full document is the one zoph-io/MAMIP records, labelled v6 there, whose statements match the visible part of v5.',
  },
  {
    name: 'AWSKeyManagementServicePowerUser',
    arn: 'arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser',
    path: '/',
    description: 'Provides access to AWS Key Management Service (KMS).',
    version: 'v2',
    document: kmsPowerUser,
  },
]
