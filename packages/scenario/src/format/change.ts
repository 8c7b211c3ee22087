/**
 * A change operation of a loaded scenario: the operation's name and its input, which is the
 * file's parameters with names resolved — `account` becomes `accountId`, a managed policy name
 * becomes its ARN, a policy document is parsed, tags become a list, durations become seconds.
 * The input's names are the model's, so the replay passes it on.
 */
import type { ChangeOperationName } from '../schema/definitions/changes.ts'
import type { changeOperations } from '../schema/definitions/changes.ts'
import type { Infer } from '../schema/dsl.ts'
import type { PolicyDocument } from './policy.ts'
import type { OrganizationTarget, Tag } from './world.ts'

/** Where a resource operation acts: a declared resource (its ARN is known at replay) or an ARN. */
export type ResourceTarget =
  | { readonly kind: 'resource'; readonly key: string }
  | { readonly kind: 'arn'; readonly arn: string }

type DocumentKeys = 'assumeRolePolicyDocument' | 'policyDocument' | 'document' | 'policy'
type TargetKeys = 'targetId' | 'parentId' | 'destinationParentId'
type ArnKeys = 'policyArn' | 'permissionsBoundary' | 'role'

type Resolved<K, V> = K extends DocumentKeys
  ? PolicyDocument
  : K extends 'tags'
    ? readonly Tag[]
    : K extends 'maxSessionDuration'
      ? number
      : K extends 'arn'
        ? ResourceTarget
        : K extends TargetKeys
          ? OrganizationTarget
          : K extends ArnKeys
            ? string
            : V

type RawInput<N extends ChangeOperationName> = Infer<(typeof changeOperations)[N]>

/** The input of operation `N` with its names resolved. */
export type ChangeInputOf<N extends ChangeOperationName> = {
  readonly [K in keyof RawInput<N> as K extends 'account' ? never : K]: Resolved<K, RawInput<N>[K]>
} & ('account' extends keyof RawInput<N> ? { readonly accountId: string } : unknown)

/** One change: its operation and resolved input. */
export type ChangeOperation = {
  readonly [N in ChangeOperationName]: { readonly operation: N; readonly input: ChangeInputOf<N> }
}[ChangeOperationName]
