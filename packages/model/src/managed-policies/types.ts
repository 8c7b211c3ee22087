/**
 * An AWS managed policy as Hatrack carries it: AWS's name, ARN and path, and the policy document
 * AWS publishes for its default version. The document stays plain JSON, exactly as AWS wrote it
 * (or abridged, which `note` then says), so the model parses it like any other identity policy.
 */
export interface AwsManagedPolicy {
  /** The policy's name, case-sensitive as IAM names are (`AmazonS3ReadOnlyAccess`). */
  readonly name: string
  /** `arn:aws:iam::aws:policy` + `path` + `name`. */
  readonly arn: string
  /** The IAM path: `/`, `/service-role/`, `/job-function/` or `/aws-service-role/`. */
  readonly path: ManagedPolicyPath
  /** AWS's one-line description of the policy. */
  readonly description: string
  /** The default version id the document was taken from (`v3`). */
  readonly version?: string
  /** The policy document, a plain JSON object (`{ Version, Statement }`). */
  readonly document: object
  /**
   * Where the document departs from AWS's, or where its version could not be checked against
   * AWS's reference: what was abridged, and the version and source followed.
   */
  readonly note?: string
  /**
   * True for the policy of a service-linked role (path `/aws-service-role/`): AWS attaches it
   * to that role only, and it cannot be attached to users, groups or other roles.
   */
  readonly serviceLinked?: boolean
}

/** The IAM paths AWS managed policies live under. */
export type ManagedPolicyPath = '/' | '/service-role/' | '/job-function/' | '/aws-service-role/'
