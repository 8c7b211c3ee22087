/**
 * What an AWS Organizations operation returns. Organizations answers with its own exception
 * names (`DuplicatePolicyAttachmentException`, `ConstraintViolationException`, …), as its API
 * reference lists them (https://docs.aws.amazon.com/organizations/latest/APIReference/CommonErrors.html
 * and each action's page).
 */
import type { World } from '../world/types.ts'

/** Organizations' exception names, verbatim. */
export type OrganizationsErrorCode =
  | 'AlreadyInOrganizationException'
  | 'AWSOrganizationsNotInUseException'
  | 'AccountNotFoundException'
  | 'DuplicateAccountException'
  | 'ParentNotFoundException'
  | 'SourceParentNotFoundException'
  | 'DestinationParentNotFoundException'
  | 'TargetNotFoundException'
  | 'PolicyNotFoundException'
  | 'DuplicatePolicyException'
  | 'DuplicatePolicyAttachmentException'
  | 'PolicyNotAttachedException'
  | 'DuplicateOrganizationalUnitException'
  | 'MalformedPolicyDocumentException'
  | 'ConstraintViolationException'
  | 'InvalidInputException'

/** An Organizations error: the exception's name, its message and, for constraints, the reason. */
export interface OrganizationsError {
  readonly code: OrganizationsErrorCode
  readonly message: string
  readonly httpStatus: number
  /** For `ConstraintViolationException`: `MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`, … */
  readonly reason?: string
}

/** The new world and the value, or the error; a failed operation changes nothing. */
export type OrganizationsOutcome<T> =
  | { readonly status: 'ok'; readonly world: World; readonly value: T }
  | { readonly status: 'error'; readonly error: OrganizationsError }
