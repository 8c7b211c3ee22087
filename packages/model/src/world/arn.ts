/**
 * ARNs as AWS forms them (iam-facts §1). IAM and STS ARNs have an empty region; an assumed-role
 * ARN carries the role's name but not its path.
 */
import type { AccountId, Arn } from './types.ts'

export type IamEntityType = 'user' | 'group' | 'role' | 'policy' | 'instance-profile'

/** `arn:aws:iam::ACCT:TYPE/PATH/NAME`; `path` starts and ends with `/`. */
export function iamArn(accountId: AccountId, type: IamEntityType, path: string, name: string): Arn {
  return `arn:aws:iam::${accountId}:${type}${path}${name}`
}

/** `arn:aws:iam::ACCT:root`, the account and its root user. */
export function rootArn(accountId: AccountId): Arn {
  return `arn:aws:iam::${accountId}:root`
}

/** `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`, the role's name without its path. */
export function assumedRoleArn(accountId: AccountId, roleName: string, sessionName: string): Arn {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`
}

/** `arn:aws:sts::ACCT:federated-user/NAME` */
export function federatedUserArn(accountId: AccountId, name: string): Arn {
  return `arn:aws:sts::${accountId}:federated-user/${name}`
}

/** `arn:aws:iam::aws:policy/PATH/NAME`, an AWS managed policy. */
export function awsManagedPolicyArn(path: string, name: string): Arn {
  return `arn:aws:iam::aws:policy${path}${name}`
}

export interface ParsedArn {
  readonly partition: string
  readonly service: string
  readonly region: string
  readonly account: string
  /** Everything after the fifth colon, colons included. */
  readonly resource: string
}

/** Splits an ARN into its six parts, or `undefined` when the text is not an ARN. */
export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  const [, partition = '', service = '', region = '', account = ''] = parts
  if (partition === '' || service === '') return undefined
  return { partition, service, region, account, resource: parts.slice(5).join(':') }
}

/**
 * The name and path of an IAM entity ARN: `arn:aws:iam::1:role/a/b/Name` → path `/a/b/`, name
 * `Name`. `undefined` when the ARN is not of that type.
 */
export function iamNameOf(
  arn: string,
  type: IamEntityType,
): { readonly accountId: AccountId; readonly path: string; readonly name: string } | undefined {
  const parsed = parseArn(arn)
  if (!parsed || parsed.service !== 'iam' || !parsed.resource.startsWith(`${type}/`))
    return undefined
  const rest = parsed.resource.slice(type.length)
  const cut = rest.lastIndexOf('/')
  const name = rest.slice(cut + 1)
  if (name === '') return undefined
  return { accountId: parsed.account, path: rest.slice(0, cut + 1), name }
}
