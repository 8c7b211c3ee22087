/**
 * The small world the model-based test plays in: two accounts, a few user and role names, and
 * a vocabulary of actions small enough that the reference model decides every request exactly.
 * Policies are built from it as plain `Allow` statements on `*`, with no conditions.
 */

/** Account A. */
export const A = '111111111111'
/** Account B. */
export const B = '222222222222'
/** Both accounts. */
export const ACCOUNTS = [A, B] as const
/** 2026-01-01T09:00:00Z, the world's start. */
export const START = Date.UTC(2026, 0, 1, 9)

/** User names by account: few, so that creations, deletions and re-creations collide. */
export const USER_NAMES: Readonly<Record<string, readonly string[]>> = {
  [A]: ['ann', 'bob'],
  [B]: ['cat'],
}
/** Role names by account. */
export const ROLE_NAMES: Readonly<Record<string, readonly string[]>> = {
  [A]: ['R1', 'R2', 'R3'],
  [B]: ['X1', 'X2'],
}

/** Actions a request may ask for. */
export const REQUEST_ACTIONS = ['s3:ListAllMyBuckets', 'ec2:DescribeInstances', 'sqs:ListQueues']
/** Actions a permission or session policy may allow: the requests' and `sts:AssumeRole`. */
export const POLICY_ACTIONS = [...REQUEST_ACTIONS, 'sts:AssumeRole']
/** Names of a role's inline permission policies (a role's permissions are their union). */
export const ROLE_POLICY_NAMES = ['p1', 'p2'] as const
/** The name of a user's one inline policy. */
export const USER_POLICY_NAME = 'perms'

/** An identity (or session) policy allowing `actions` on every resource. */
export function allowDocument(actions: readonly string[]): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: [...actions], Resource: '*' }],
  }
}

/** A trust policy letting the `AWS` principals `entries` call `sts:AssumeRole`. */
export function trustDocument(entries: readonly string[]): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: [...entries] }, Action: 'sts:AssumeRole' }],
  }
}

/** `arn:aws:iam::ACCOUNT:user/NAME` */
export function userArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:user/${name}`
}

/** `arn:aws:iam::ACCOUNT:role/NAME` */
export function roleArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:role/${name}`
}
