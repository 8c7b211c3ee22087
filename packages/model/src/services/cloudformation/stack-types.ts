/**
 * A CloudFormation stack as Hatrack models it: a list of resource changes, each an API call
 * CloudFormation makes (`iam:CreateRole`, `iam:PassRole`, `lambda:CreateFunction`, …) and,
 * optionally, the change it makes to the world once the whole stack has been authorized.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { AuthorizeResult } from '../../request/types.ts'
import type { Outcome } from '../../operations/types.ts'
import type { World } from '../../world/types.ts'

/** One resource of the template. */
export interface StackResource {
  /** The template's logical id: `DeployRole`. */
  readonly logicalId: string
  /** The call CloudFormation makes for it: `iam:CreateRole`. */
  readonly action: string
  /** The ARN the call acts on. */
  readonly resource: string
  readonly context?: ContextRecord
  /** What the resource changes in the world when the stack completes. */
  readonly apply?: (world: World) => Outcome<unknown>
}

/** `CreateStack` or `UpdateStack`. */
export interface DeployStackInput {
  readonly accountId: string
  readonly stackName: string
  /** `us-east-1` by default. */
  readonly region?: string
  /**
   * The service role CloudFormation uses for this and every later operation on the stack. When
   * absent, the role already associated with the stack, else the caller's own credentials.
   */
  readonly roleArn?: string
  readonly resources: readonly StackResource[]
}

/** Who CloudFormation acted as. */
export type StackActor =
  | { readonly kind: 'role'; readonly roleArn: string; readonly accessKeyId: string }
  | { readonly kind: 'caller' }

/** A deployed stack. */
export interface DeployStackOutput {
  readonly stackArn: string
  readonly actedAs: StackActor
  /** Each resource's authorization, in template order. */
  readonly results: readonly { readonly logicalId: string; readonly result: AuthorizeResult }[]
}
