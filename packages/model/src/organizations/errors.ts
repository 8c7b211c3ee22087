/**
 * Organizations' errors. The messages are the descriptions the Organizations API reference
 * gives each exception (https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html#API_AttachPolicy_Errors
 * and the other actions' pages), with the value concerned added where it helps;
 * `ConstraintViolationException` carries its reason code as AWS does.
 */
import type { OrganizationsError, OrganizationsErrorCode, OrganizationsOutcome } from './types.ts'
import type { World } from '../world/types.ts'

function error(code: OrganizationsErrorCode, message: string, reason?: string): OrganizationsError {
  return { code, message, httpStatus: 400, ...(reason === undefined ? {} : { reason }) }
}

/** The table of Organizations messages. */
export const organizationsErrors = {
  alreadyInOrganization: (accountId: string) =>
    error(
      'AlreadyInOrganizationException',
      `The account ${accountId} is already a member of an organization.`,
    ),
  notInUse: () =>
    error('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'),
  accountNotFound: (accountId: string) =>
    error('AccountNotFoundException', `You specified an account that doesn't exist: ${accountId}.`),
  parentNotFound: (id: string) =>
    error(
      'ParentNotFoundException',
      `We can't find a root or OU with the ParentId that you specified: ${id}.`,
    ),
  destinationNotFound: (id: string) =>
    error(
      'DestinationParentNotFoundException',
      `We can't find the destination container (a root or OU) with the ParentId that you specified: ${id}.`,
    ),
  targetNotFound: (id: string) =>
    error(
      'TargetNotFoundException',
      `We can't find a root, OU, account, or email that you specified: ${id}.`,
    ),
  policyNotFound: (id: string) =>
    error(
      'PolicyNotFoundException',
      `We can't find a policy with the PolicyId that you specified: ${id}.`,
    ),
  duplicatePolicy: (name: string) =>
    error('DuplicatePolicyException', `A policy with the same name already exists: ${name}.`),
  duplicateAttachment: () =>
    error(
      'DuplicatePolicyAttachmentException',
      'The selected policy is already attached to the specified target.',
    ),
  notAttached: () =>
    error(
      'PolicyNotAttachedException',
      "The policy isn't attached to the specified target in the specified root.",
    ),
  duplicateUnit: (name: string) =>
    error(
      'DuplicateOrganizationalUnitException',
      `An OU with the same name already exists: ${name}.`,
    ),
  malformed: (detail: string) =>
    error(
      'MalformedPolicyDocumentException',
      `The provided policy document doesn't meet the requirements of the specified policy type: ${detail}`,
    ),
  /** At most 5 SCPs (or RCPs) per root, OU or account (orgs_reference_limits). */
  tooManyAttached: () =>
    error(
      'ConstraintViolationException',
      'You attempted to attach a policy to an entity that would cause the entity to have more than the maximum number of policies of that type attached.',
      'MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED',
    ),
  /** Every root, OU and account keeps at least one SCP. */
  lastPolicy: () =>
    error(
      'ConstraintViolationException',
      'You attempted to detach a policy from an entity that would cause the entity to have fewer than the minimum number of policies of that type required.',
      'MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED',
    ),
  /** SCPs and RCPs hold at most 5,120 characters (orgs_reference_limits). */
  tooLarge: () =>
    error(
      'ConstraintViolationException',
      'You attempted to create a policy that is larger than the maximum size.',
      'POLICY_CONTENT_LIMIT_EXCEEDED',
    ),
  /** OUs nest at most five levels below the root (orgs_reference_limits). */
  tooDeep: () =>
    error(
      'ConstraintViolationException',
      'You attempted to create an OU tree that is too many levels deep.',
      'OU_DEPTH_LIMIT_EXCEEDED',
    ),
  /** `RCPFullAWSAccess` cannot be detached (orgs_manage_policies_rcps_evaluation); Hatrack's wording. */
  rcpFullAccessFixed: () =>
    error(
      'ConstraintViolationException',
      'The RCPFullAWSAccess policy is attached to every root, OU and account and cannot be detached.',
      'POLICY_TYPE_DETACH_NOT_ALLOWED',
    ),
  invalidInput: (message: string) => error('InvalidInputException', message),
} as const

/** A failed Organizations operation. */
export function orgFail<T>(failure: OrganizationsError): OrganizationsOutcome<T> {
  return { status: 'error', error: failure }
}

/** A successful Organizations operation. */
export function orgSucceed<T>(world: World, value: T): OrganizationsOutcome<T> {
  return { status: 'ok', world, value }
}
