/**
 * The AWS error codes Hatrack's model answers with: IAM, STS, Roles Anywhere, Organizations and
 * the resource services, read from the model's own registries (each documented in the error
 * reference), and the two the replay names on the client side. An expectation naming another
 * code gets a warning with the closest one.
 */
import { awsErrorCodes, organizationsErrorCodes, resourceErrorCodes } from '@hatrack/model'

export const KNOWN_ERROR_CODES: readonly string[] = [
  ...Object.keys(awsErrorCodes),
  // The client side, as the AWS CLI and SDKs name it (replay: credentials that were never
  // issued, a CLI profile that does not exist)
  'NoCredentials',
  'ProfileNotFound',
  ...Object.keys(organizationsErrorCodes),
  ...Object.keys(resourceErrorCodes),
]
