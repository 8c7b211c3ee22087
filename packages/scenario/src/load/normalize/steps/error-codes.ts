/**
 * The AWS error codes Hatrack's model answers with: IAM, STS, Roles Anywhere, Organizations and
 * the resource services. An expectation naming another code gets a warning with the closest one.
 * Written out rather than read from the model's registries (`awsErrorCodes`, …), whose
 * explanations the browser's core would then carry; `test/known-error-codes.test.ts` checks that
 * every code of those registries is here.
 */
export const KNOWN_ERROR_CODES: readonly string[] = [
  // IAM and STS (model operations/types.ts)
  'AccessDenied',
  'ValidationError',
  'ExpiredToken',
  'InvalidClientTokenId',
  'MalformedPolicyDocument',
  'PackedPolicyTooLarge',
  'NoSuchEntity',
  'EntityAlreadyExists',
  'UnmodifiableEntity',
  'LimitExceeded',
  'DeleteConflict',
  'InvalidInput',
  'PolicyNotAttachable',
  'InvalidIdentityToken',
  'IDPRejectedClaim',
  'ResourceNotFoundException',
  'InvalidParameterValue',
  'ExpiredTokenException',
  'AccessDeniedException',
  'ValidationException',
  'MissingAuthenticationToken',
  // The client side, as the AWS CLI and SDKs name it (replay: credentials that were never
  // issued, a CLI profile that does not exist)
  'NoCredentials',
  'ProfileNotFound',
  // Organizations
  'AlreadyInOrganizationException',
  'AWSOrganizationsNotInUseException',
  'AccountNotFoundException',
  'DuplicateAccountException',
  'ParentNotFoundException',
  'SourceParentNotFoundException',
  'DestinationParentNotFoundException',
  'TargetNotFoundException',
  'PolicyNotFoundException',
  'DuplicatePolicyException',
  'DuplicatePolicyAttachmentException',
  'PolicyNotAttachedException',
  'DuplicateOrganizationalUnitException',
  'MalformedPolicyDocumentException',
  'ConstraintViolationException',
  'InvalidInputException',
  // Resource services
  'AlreadyExistsException',
  'BucketAlreadyExists',
  'BucketAlreadyOwnedByYou',
  'DBInstanceAlreadyExists',
  'InvalidArgumentException',
  'InvalidAttributeValue',
  'InvalidParameter',
  'InvalidParameterValueException',
  'InvalidRequest',
  'MalformedPolicy',
  'NoSuchBucket',
  'PolicyLengthExceededException',
  'PolicyTooLarge',
  'QueueAlreadyExists',
  'ResourceConflictException',
  'ResourceExistsException',
  'ResourceInUseException',
  'TooManyTagsException',
]
