/**
 * What differs between users, roles and groups when an operation treats them alike: the
 * parameter that names them and its length, and the IAM actions that change them.
 */
import type { EntityKind } from './errors.ts'

export interface HolderTraits {
  /** The API parameter that names the entity: `roleName`. */
  readonly field: string
  /** Its maximum length (iam-facts §15). */
  readonly maxName: number
  readonly putPolicy: string
  readonly deletePolicy: string
  readonly attachPolicy: string
  readonly detachPolicy: string
  /** The quota on managed policies attached to one entity (iam-facts §15). */
  readonly attachQuota: 'PoliciesPerRole' | 'PoliciesPerUser' | 'PoliciesPerGroup'
}

/** The traits of each kind of policy holder. */
export const holderTraits: Readonly<Record<EntityKind, HolderTraits>> = {
  user: {
    field: 'userName',
    maxName: 64,
    putPolicy: 'iam:PutUserPolicy',
    deletePolicy: 'iam:DeleteUserPolicy',
    attachPolicy: 'iam:AttachUserPolicy',
    detachPolicy: 'iam:DetachUserPolicy',
    attachQuota: 'PoliciesPerUser',
  },
  role: {
    field: 'roleName',
    maxName: 64,
    putPolicy: 'iam:PutRolePolicy',
    deletePolicy: 'iam:DeleteRolePolicy',
    attachPolicy: 'iam:AttachRolePolicy',
    detachPolicy: 'iam:DetachRolePolicy',
    attachQuota: 'PoliciesPerRole',
  },
  group: {
    field: 'groupName',
    maxName: 128,
    putPolicy: 'iam:PutGroupPolicy',
    deletePolicy: 'iam:DeleteGroupPolicy',
    attachPolicy: 'iam:AttachGroupPolicy',
    detachPolicy: 'iam:DetachGroupPolicy',
    attachQuota: 'PoliciesPerGroup',
  },
}
