/**
 * The registry of AWS Organizations' exception names that Hatrack's Organizations operations
 * return: what each means, where Hatrack returns it (read from `errors.ts` and the operations
 * that use it) and the Organizations API page that lists it. The error reference
 * (docs/reference/errors.md) is generated from it; the type makes sure every
 * `OrganizationsErrorCode` has exactly one entry.
 */
import type { ErrorCodeInfo } from '../operations/aws-error-codes.ts'
import type { OrganizationsErrorCode } from './types.ts'

const ORG_API = 'https://docs.aws.amazon.com/organizations/latest/APIReference'
const errorsOf = (action: string) => `${ORG_API}/API_${action}.html#API_${action}_Errors`

/** Every Organizations error code of the model, keyed by code. */
export const organizationsErrorCodes = {
  AlreadyInOrganizationException: {
    title: 'The account already belongs to an organization',
    meaning: 'An account can be a member of one organization at a time, and this one already is.',
    inHatrack:
      'Creating the organization with a management account that is already in one, and adding an account that is already a member.',
    source: errorsOf('CreateOrganization'),
  },
  AWSOrganizationsNotInUseException: {
    title: 'There is no organization',
    meaning: 'The request needs an organization, and the account making it is not a member of one.',
    inHatrack:
      'Adding or moving an account, creating an OU or a policy, and attaching or detaching a policy in a world that has no organization.',
    source: errorsOf('AttachPolicy'),
  },
  AccountNotFoundException: {
    title: 'The account is not there',
    meaning:
      'The account id names no account Organizations knows, or no member of the organization.',
    inHatrack:
      'Creating the organization with an account the world does not have, adding such an account, and moving an account that is not in the organization.',
    source: errorsOf('MoveAccount'),
  },
  DuplicateAccountException: {
    title: 'The account is already in that place',
    meaning: 'The account being moved is already under the destination parent.',
    inHatrack:
      'Hatrack never returns it: moving an account to the root or OU it is already in succeeds and changes nothing. The code is known so that a scenario may name it in an expectation.',
    source: errorsOf('MoveAccount'),
  },
  ParentNotFoundException: {
    title: 'The parent root or OU is not there',
    meaning: 'The `ParentId` names no root or OU of the organization.',
    inHatrack:
      'Creating an OU under a parent that does not exist, and adding an account under one.',
    source: errorsOf('CreateOrganizationalUnit'),
  },
  SourceParentNotFoundException: {
    title: 'The source root or OU is not there',
    meaning: 'The `SourceParentId` of a move names no root or OU of the organization.',
    inHatrack:
      'Hatrack never returns it: its `moveAccount` takes no source parent and finds the account’s current place itself. The code is known so that a scenario may name it in an expectation.',
    source: errorsOf('MoveAccount'),
  },
  DestinationParentNotFoundException: {
    title: 'The destination root or OU is not there',
    meaning: 'The `DestinationParentId` of a move names no root or OU of the organization.',
    inHatrack: 'Moving an account to a root or OU that does not exist.',
    source: errorsOf('MoveAccount'),
  },
  TargetNotFoundException: {
    title: 'The policy target is not there',
    meaning: 'The `TargetId` names no root, OU or account of the organization.',
    inHatrack: 'Attaching or detaching a policy on a target that does not exist.',
    source: errorsOf('AttachPolicy'),
  },
  PolicyNotFoundException: {
    title: 'The policy is not there',
    meaning: 'The `PolicyId` names no policy of the organization.',
    inHatrack: 'Attaching or detaching a policy id that does not exist.',
    source: errorsOf('AttachPolicy'),
  },
  DuplicatePolicyException: {
    title: 'A policy already has this name',
    meaning: 'Policy names are unique in an organization, and the name is taken.',
    inHatrack: 'Creating an SCP or RCP with the name of an existing policy.',
    source: errorsOf('CreatePolicy'),
  },
  DuplicatePolicyAttachmentException: {
    title: 'The policy is already attached there',
    meaning: 'The policy is already attached to that root, OU or account.',
    inHatrack: 'Attaching a policy to a target it is already attached to.',
    source: errorsOf('AttachPolicy'),
  },
  PolicyNotAttachedException: {
    title: 'The policy is not attached there',
    meaning: 'The policy to detach is not attached to that root, OU or account.',
    inHatrack: 'Detaching a policy from a target it is not attached to.',
    source: errorsOf('DetachPolicy'),
  },
  DuplicateOrganizationalUnitException: {
    title: 'An OU already has this name here',
    meaning:
      'Sibling OUs must have different names, and the parent already has an OU of this name.',
    inHatrack: 'Creating an OU with the name of another OU under the same parent.',
    source: errorsOf('CreateOrganizationalUnit'),
  },
  MalformedPolicyDocumentException: {
    title: 'The policy document is not valid for its type',
    meaning:
      'The document does not meet the rules of the policy type: for SCPs and RCPs, the IAM policy grammar with the restrictions of that type.',
    inHatrack:
      'Creating an SCP or RCP whose document Hatrack’s policy parser refuses (the policy document issues above say why). KMS key policies and Secrets Manager resource policies use the same exception name: Hatrack returns it for a key or secret policy that is not valid or is over its size limit.',
    source: errorsOf('CreatePolicy'),
  },
  ConstraintViolationException: {
    title: 'An Organizations limit would be broken',
    meaning:
      'The request would break a minimum or maximum of Organizations. The error carries a reason code that names the limit.',
    inHatrack:
      'With reason `MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`: attaching a sixth SCP or RCP to a target. `MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`: detaching the last SCP of a target (attach the replacement first). `POLICY_CONTENT_LIMIT_EXCEEDED`: creating an SCP or RCP over 5,120 characters. `OU_DEPTH_LIMIT_EXCEEDED`: nesting OUs more than five levels below the root. Detaching `RCPFullAWSAccess` is refused too; that message and its reason `POLICY_TYPE_DETACH_NOT_ALLOWED` are Hatrack’s, AWS’s exact answer is not confirmed.',
    source: errorsOf('DetachPolicy'),
  },
  InvalidInputException: {
    title: 'An input is not valid',
    meaning: 'A parameter is missing, too long, too short or malformed.',
    inHatrack: 'Creating an OU or a policy whose name is not 1 to 128 characters long.',
    source: errorsOf('CreatePolicy'),
  },
} as const satisfies Record<OrganizationsErrorCode, ErrorCodeInfo>
