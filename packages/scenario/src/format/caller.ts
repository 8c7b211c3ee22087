/**
 * Who acts in a step, resolved when the scenario loads. `as:` names the caller; a step without
 * `as:` acts as the current identity (the last `as:`, or the session `switchRole` or
 * `useSession` made current).
 */

/** A role, by ARN; `key` when the scenario declares it. */
export interface RoleRef {
  readonly arn: string
  readonly name: string
  readonly accountId: string
  readonly key?: string
}

/** The caller of a step. */
export type CallerRef =
  /** An administrator's change made outside the simulation: not authorized. */
  | { readonly kind: 'admin' }
  /** An unsigned request. */
  | { readonly kind: 'anonymous' }
  /** The root user of an account. */
  | { readonly kind: 'root'; readonly account: string; readonly accountId: string }
  /** An IAM user with long-term credentials (the key of `users`). */
  | {
      readonly kind: 'user'
      readonly user: string
      readonly name: string
      readonly accountId: string
    }
  /** A session named by an earlier step: `createdBy` is that step's index. */
  | { readonly kind: 'session'; readonly session: string; readonly createdBy: number }
  /** A CLI profile (`--profile NAME`). */
  | { readonly kind: 'profile'; readonly profile: string }
  /** A service principal acting directly. */
  | { readonly kind: 'service'; readonly service: string }
  /** The code on a Lambda function or EC2 instance, with its role. */
  | {
      readonly kind: 'resource'
      readonly resource: string
      readonly type: 'lambda:function' | 'ec2:instance'
    }
