/**
 * Policies from the AWS documentation, copied as data: they must parse unchanged, with no
 * issue at all. Each names the page it comes from.
 */
import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../ast.ts'
import { issuesOf } from '../../test/policy-cases.ts'
import { parsePolicy } from './parse-policy.ts'

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'
const ORGS = 'https://docs.aws.amazon.com/organizations/latest/userguide/'

const examples: Array<{ source: string; name: string; kind: PolicyKind; document: unknown }> = [
  {
    source: `${IAM}access_policies_job-functions.html`,
    name: 'AdministratorAccess',
    kind: 'identity',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    source: `${IAM}reference_policies_examples_s3_home-directory-console.html`,
    name: 'S3 home folder of each user, with ${aws:username}',
    kind: 'identity',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowUserToSeeBucketListInTheConsole', Action: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'], Effect: 'Allow', Resource: ['arn:aws:s3:::*'] },
        {
          Sid: 'AllowRootAndHomeListingOfCompanyBucket',
          Action: ['s3:ListBucket'],
          Effect: 'Allow',
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'],
          Condition: { StringEquals: { 's3:prefix': ['', 'home/', 'home/${aws:username}'], 's3:delimiter': ['/'] } },
        },
        {
          Sid: 'AllowListingOfUserFolder',
          Action: ['s3:ListBucket'],
          Effect: 'Allow',
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'],
          Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
        },
        { Sid: 'AllowAllS3ActionsInUserFolder', Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*'] },
      ],
    },
  },
  {
    source: `${IAM}reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html`,
    name: 'deny most actions unless signed in with MFA',
    kind: 'identity',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowViewAccountInfo', Effect: 'Allow', Action: 'iam:ListVirtualMFADevices', Resource: '*' },
        { Sid: 'AllowManageOwnVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
        {
          Sid: 'AllowManageOwnUserMFA',
          Effect: 'Allow',
          Action: ['iam:DeactivateMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
        {
          Sid: 'DenyAllExceptListedIfNoMFA',
          Effect: 'Deny',
          NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken'],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    },
  },
  {
    source: `${IAM}reference_policies_examples_aws_deny-requested-region.html`,
    name: 'deny access outside two Regions',
    kind: 'identity',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyAllOutsideRequestedRegions',
          Effect: 'Deny',
          NotAction: ['cloudfront:*', 'iam:*', 'route53:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
        },
      ],
    },
  },
  {
    source: `${IAM}reference_policies_examples_aws_deny-ip.html`,
    name: 'deny access from outside an IP range, except for AWS services',
    kind: 'identity',
    document: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
          Bool: { 'aws:ViaAWSService': 'false' },
        },
      },
    },
  },
  {
    source: `${IAM}reference_policies_examples_aws-dates.html`,
    name: 'allow only within a date range',
    kind: 'identity',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'service-prefix:action-name',
          Resource: '*',
          Condition: {
            DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' },
            DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' },
          },
        },
      ],
    },
  },
  {
    source: `${IAM}access_policies_boundaries.html`,
    name: 'a permissions boundary',
    kind: 'boundary',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }],
    },
  },
  {
    source: `${IAM}id_roles_create_for-service.html`,
    name: 'trust policy of an EC2 service role',
    kind: 'trust',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
  },
  {
    source: `${IAM}id_credentials_mfa_configure-api-require.html`,
    name: 'cross-account trust that requires MFA',
    kind: 'trust',
    document: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: '123456789012' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    },
  },
  {
    source: `${IAM}id_roles_create_for-user_externalid.html`,
    name: 'third-party trust with an external id',
    kind: 'trust',
    document: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } },
      },
    },
  },
  {
    source: `${IAM}id_roles_create_for-idp_oidc.html`,
    name: 'GitHub Actions OIDC trust',
    kind: 'trust',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:GitHubOrg/GitHubRepo:ref:refs/heads/GitHubBranch' },
          },
        },
      ],
    },
  },
  {
    source: `${IAM}id_roles_create_for-idp_saml.html`,
    name: 'SAML 2.0 federation trust',
    kind: 'trust',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithSAML',
          Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/PROVIDER-NAME' },
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        },
      ],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html',
    name: 'IAM Roles Anywhere trust',
    kind: 'trust',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'rolesanywhere.amazonaws.com' },
          Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
          Condition: {
            StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'Alice' },
            ArnEquals: { 'aws:SourceArn': 'arn:aws:rolesanywhere:region:account:trust-anchor/TA_ID' },
          },
        },
      ],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    name: 'bucket policy: read-only access for anonymous users',
    kind: 'resource',
    document: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] }],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    name: 'bucket policy: deny requests that do not use TLS',
    kind: 'resource',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RestrictToTLSRequestsOnly',
          Action: 's3:*',
          Effect: 'Deny',
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Principal: '*',
        },
      ],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    name: 'bucket policy for a CloudFront origin access identity (2008 version, Id and Sid)',
    kind: 'resource',
    document: {
      Version: '2008-10-17',
      Id: 'PolicyForCloudFrontPrivateContent',
      Statement: [
        {
          Sid: '1',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity EH1HDMB1FH2TC' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
      ],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    name: 'default KMS key policy (a Sid with spaces)',
    kind: 'resource',
    document: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    },
  },
  {
    source: `${ORGS}orgs_manage_policies_scps_examples_general.html`,
    name: 'SCP: prevent member accounts from leaving the organization',
    kind: 'scp',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['organizations:LeaveOrganization'], Resource: '*' }] },
  },
  {
    source: `${ORGS}orgs_manage_policies_scps_syntax.html`,
    name: 'SCP: deny EC2 instance types other than t2.micro',
    kind: 'scp',
    document: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        Action: 'ec2:RunInstances',
        Resource: 'arn:aws:ec2:*:*:instance/*',
        Condition: { StringNotEquals: { 'ec2:InstanceType': 't2.micro' } },
      },
    },
  },
  {
    source: `${ORGS}orgs_manage_policies_scps_syntax.html`,
    name: 'SCP: FullAWSAccess',
    kind: 'scp',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    source: `${ORGS}orgs_manage_policies_rcps_syntax.html`,
    name: 'RCP: deny every action to every principal (the syntax page’s statement example)',
    kind: 'rcp',
    document: { Version: '2012-10-17', Statement: { Sid: 'DenyAllActions', Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' } },
  },
  {
    source: `${ORGS}orgs_manage_policies_rcps_examples.html`,
    name: 'RCP: enforce secure transport',
    kind: 'rcp',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EnforceSecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: ['sts:*', 's3:*', 'sqs:*', 'secretsmanager:*', 'kms:*'],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
        },
      ],
    },
  },
  {
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
    name: 'a session policy',
    kind: 'session',
    document: { Version: '2012-10-17', Statement: [{ Sid: 'Stmt1', Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
  },
]

describe('parsePolicy accepts the policies of the AWS documentation unchanged', () => {
  for (const example of examples) {
    it(`${example.name} (${example.kind}; ${example.source})`, () => {
      for (const input of [example.document, JSON.stringify(example.document, null, 4)]) {
        const result = parsePolicy(input, { kind: example.kind })
        expect(issuesOf(result)).toEqual([])
        expect(result.ok).toBe(true)
      }
    })
  }
})
