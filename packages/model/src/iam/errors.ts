/**
 * IAM's errors, with AWS's codes, HTTP statuses and, where AWS's wording is known, its words.
 * Each message cites where the wording was seen; "(Hatrack's wording)" marks the few whose
 * exact AWS text is not confirmed.
 */
import type { AwsError, AwsErrorCode } from '../operations/types.ts'

/** HTTP statuses of AWS's error codes (iam-facts §14, [IAM-API]); 400 for any other. */
const httpStatus: Readonly<Partial<Record<AwsErrorCode, number>>> = {
  AccessDenied: 403,
  ValidationError: 400,
  ExpiredToken: 403,
  InvalidClientTokenId: 403,
  MalformedPolicyDocument: 400,
  PackedPolicyTooLarge: 400,
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  UnmodifiableEntity: 400,
  LimitExceeded: 409,
  DeleteConflict: 409,
  InvalidInput: 400,
  PolicyNotAttachable: 400,
  InvalidIdentityToken: 400,
  IDPRejectedClaim: 403,
  ResourceNotFoundException: 404,
  AccessDeniedException: 403,
}

/** An AWS error with the HTTP status its code carries. */
export function awsError(code: AwsErrorCode, message: string): AwsError {
  return { code, message, httpStatus: httpStatus[code] ?? 400 }
}

/** The kinds of IAM entity a name can belong to, as AWS's messages name them. */
export type EntityKind = 'user' | 'role' | 'group'

/** The table of IAM messages. */
export const iamErrors = {
  /** `The role with name X cannot be found.` [GH:duo-labs/cloudtracker#41, jarpy/lambkin#3, ansible/ansible#45593] */
  noSuchEntity: (kind: EntityKind, name: string) =>
    awsError('NoSuchEntity', `The ${kind} with name ${name} cannot be found.`),
  /** `The role policy with name X cannot be found.` [GH:aws/aws-cli#6139] */
  noSuchInlinePolicy: (kind: EntityKind, name: string) =>
    awsError('NoSuchEntity', `The ${kind} policy with name ${name} cannot be found.`),
  /** [GH:getmoto/moto#6482 quoting AWS; pulumi/pulumi#7419] */
  noSuchPolicy: (arn: string) =>
    awsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`),
  /** A boundary that names no policy [GH:hashicorp/terraform-provider-aws, rosa CLI output: `Scope ARN: … does not exist or is not attachable.`] */
  noSuchBoundary: (arn: string) =>
    awsError('NoSuchEntity', `Scope ARN: ${arn} does not exist or is not attachable.`),
  /** Detaching a policy that is not attached (Hatrack's wording, after AWS's `Policy ARN was not found.`). */
  policyNotAttached: (arn: string) => awsError('NoSuchEntity', `Policy ${arn} was not found.`),
  /** Deleting a customer managed policy that does not exist. */
  noSuchManagedPolicy: (arn: string) =>
    awsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`),
  /** `Instance Profile X cannot be found.` (Hatrack's wording, after AWS's) */
  noSuchInstanceProfile: (name: string) =>
    awsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`),
  /** (Hatrack's wording) */
  noSuchAccessKey: (id: string) =>
    awsError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`),
  /** `Role with name X already exists.` [GH:garnaat/kappa#17]; users [GH:ucopacme/aws-orgs#12]. */
  entityExists: (kind: EntityKind, name: string) =>
    awsError('EntityAlreadyExists', `${capitalize(kind)} with name ${name} already exists.`),
  /** [GH:Aabyss-Team/awsKeyTools#13, getmoto/moto#2542] */
  policyExists: (name: string) =>
    awsError(
      'EntityAlreadyExists',
      `A policy called ${name} already exists. Duplicate names are not allowed.`,
    ),
  /** (Hatrack's wording, after AWS's) */
  instanceProfileExists: (name: string) =>
    awsError('EntityAlreadyExists', `Instance Profile ${name} already exists.`),
  /** `Provider with url https://… already exists.` (seen in Terraform output; wording unconfirmed) */
  oidcProviderExists: (url: string) =>
    awsError('EntityAlreadyExists', `Provider with url https://${url} already exists.`),
  /** (Hatrack's wording) */
  samlProviderExists: (name: string) =>
    awsError('EntityAlreadyExists', `SAMLProvider with name ${name} already exists.`),
  /** (Hatrack's wording, after AWS's CreateVirtualMFADevice message) */
  mfaDeviceExists: () =>
    awsError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.'),
  /** `Cannot exceed quota for PoliciesPerRole: 10` (iam-facts §14). */
  quota: (quota: string, limit: number) =>
    awsError('LimitExceeded', `Cannot exceed quota for ${quota}: ${limit}`),
  /** `Maximum policy size of 10240 bytes exceeded for role NAME` (iam-facts §14). */
  inlinePolicySize: (kind: EntityKind, limit: number, name: string) =>
    awsError('LimitExceeded', `Maximum policy size of ${limit} bytes exceeded for ${kind} ${name}`),
  /** iam-facts §14 [GH:hashicorp/boundary#5646] */
  mustDetachPolicies: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must detach all policies first.'),
  /** iam-facts §14 [GH:awslabs/aws-orbit-workbench#633] */
  mustDeletePolicies: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must delete policies first.'),
  /** [GH:rebuy-de/aws-nuke#281] */
  mustDeleteMfa: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must delete MFA device first.'),
  /** [GH:aws-controllers-k8s/community#2229] */
  mustDeleteAccessKeys: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must delete access keys first.'),
  /** Same words for a user still in groups and a group still with users [GH:mozilla-services/userplex#17, go-to-k/delstack#40]. */
  mustRemoveFromGroups: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must remove users from group first.'),
  /** IAM API DeleteRole; wording as the issue gives it. */
  mustRemoveFromInstanceProfile: () =>
    awsError(
      'DeleteConflict',
      'Cannot delete entity, must remove roles from instance profile first.',
    ),
  /** iam-facts §14 [GH:serverless/components#312] */
  policyInUse: () => awsError('DeleteConflict', 'Cannot delete a policy attached to entities.'),
  /** [GH:rebuy-de/aws-nuke#331, gruntwork-io/cloud-nuke#880] */
  protectedRole: (name: string) =>
    awsError(
      'UnmodifiableEntity',
      `Cannot perform the operation on the protected role '${name}' - this role is only modifiable by AWS`,
    ),
  /** [GH:aws/aws-cdk#6131] */
  serviceRolePolicy: () =>
    awsError('PolicyNotAttachable', 'Cannot attach a Service Role Policy to a Customer Role.'),
  /** iam-facts §2 [GH:databrickslabs/ucx#2269] */
  invalidPrincipal: (entry: string) =>
    awsError('MalformedPolicyDocument', `Invalid principal in policy: "AWS":"${entry}"`),
  /** [GH:Rayraegah/terraform-aws-hasura#17, DataDog/pathfinding-labs#23] */
  serviceRoleNameTaken: (name: string) =>
    awsError(
      'InvalidInput',
      `Service role name ${name} has been taken in this account, please try a different suffix.`,
    ),
  /** [GH:terraform-community-modules/tf_aws_elasticsearch#23] */
  customSuffixNotAllowed: (service: string) =>
    awsError('InvalidInput', `Custom suffix is not allowed for ${service}`),
  /** (Hatrack's wording) */
  unknownService: (service: string) =>
    awsError(
      'InvalidInput',
      `Hatrack does not know a service-linked role for ${service}: it knows only the services in its table.`,
    ),
  /** [GH: moto's tests quoting AWS: `Duplicate tag keys found. Please note that Tag keys are case insensitive.`] */
  duplicateTagKeys: () =>
    awsError(
      'InvalidInput',
      'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    ),
  /** Tag keys beginning with `aws:` are reserved (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html); Hatrack's wording. */
  reservedTagKey: (key: string) =>
    awsError(
      'InvalidInput',
      `The tag key '${key}' is not valid: tag keys beginning with 'aws:' are reserved for AWS.`,
    ),
  /** An account that is not part of the simulated world (Hatrack's wording). */
  unknownAccount: (accountId: string) =>
    awsError('ValidationError', `The account ${accountId} is not part of this world.`),
} as const

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
