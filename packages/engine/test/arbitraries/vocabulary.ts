/**
 * The small vocabulary generated worlds are made of: three accounts, a handful of principals,
 * actions and resources, so that generated policies name the actual caller, action and resource
 * often enough for every gate to be exercised.
 */
import type { RequestPrincipal } from '@hatrack/engine'

/** The accounts of the generated worlds. */
export const ACCOUNTS = ['111122223333', '444455556666', '777788889999'] as const

/** The kinds of caller a world can have. */
export type CallerShape =
  | 'root'
  | 'user'
  | 'pathedUser'
  | 'roleSession'
  | 'pathedRoleSession'
  | 'serviceLinkedSession'
  | 'federatedUser'
  | 'service'
  | 'anonymous'
  | 'webIdentity'

/** The user name of a caller, for `aws:username` and `${aws:username}` (IAM users only). */
export function userNameOf(shape: CallerShape): string | undefined {
  return shape === 'user' ? 'alice' : shape === 'pathedUser' ? 'bob' : undefined
}

/** The caller of the given shape in the given account. */
export function callerOf(shape: CallerShape, account: string): RequestPrincipal {
  const tag = account.slice(0, 4)
  switch (shape) {
    case 'root':
      return { kind: 'root', arn: `arn:aws:iam::${account}:root`, accountId: account }
    case 'user':
      return {
        kind: 'user',
        arn: `arn:aws:iam::${account}:user/alice`,
        accountId: account,
        uniqueId: `AIDAALICE${tag}EXAMPLE`,
      }
    case 'pathedUser':
      return {
        kind: 'user',
        arn: `arn:aws:iam::${account}:user/dev/bob`,
        accountId: account,
        uniqueId: `AIDABOB${tag}EXAMPLE`,
      }
    case 'roleSession':
      return roleSession(account, 'Deployer', 'Deployer', 'build-1', false)
    case 'pathedRoleSession':
      return roleSession(account, 'ops/Auditor', 'Auditor', 'audit', false)
    case 'serviceLinkedSession':
      return roleSession(
        account,
        'aws-service-role/lambda.amazonaws.com/AWSServiceRoleForLambda',
        'AWSServiceRoleForLambda',
        'lambda',
        true,
      )
    case 'federatedUser':
      return {
        kind: 'federatedUser',
        arn: `arn:aws:sts::${account}:federated-user/fred`,
        accountId: account,
      }
    case 'service':
      return { kind: 'service', service: 'lambda.amazonaws.com' }
    case 'anonymous':
      return { kind: 'anonymous' }
    case 'webIdentity':
      // The unsigned caller of AssumeRoleWithWebIdentity: anonymous, with its identity provider.
      return { kind: 'anonymous', federatedProvider: WEB_IDENTITY_PROVIDERS[0] }
  }
}

function roleSession(
  account: string,
  rolePathAndName: string,
  roleName: string,
  sessionName: string,
  serviceLinkedRole: boolean,
): RequestPrincipal {
  return {
    kind: 'assumedRole',
    arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    accountId: account,
    roleArn: `arn:aws:iam::${account}:role/${rolePathAndName}`,
    uniqueId: `AROA${roleName.slice(0, 5).toUpperCase()}${account.slice(0, 4)}EXAMPLE`,
    ...(serviceLinkedRole && { serviceLinkedRole: true }),
  }
}

/** The actions requests are made of. */
export const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'sts:AssumeRole',
  'iam:ListRoles',
  'kms:Decrypt',
  'sqs:SendMessage',
] as const

/** Action patterns that are not derived from the request's action: other services, `*`. */
export const OTHER_ACTION_PATTERNS = [
  '*',
  's3:*',
  'kms:*',
  'sts:*',
  'iam:List*',
  'ec2:*',
  's3:Get*',
] as const

/** The buckets and their owners (S3 ARNs carry no account). */
export const BUCKETS: readonly { readonly name: string; readonly owner: string }[] = [
  { name: 'bucket-a', owner: ACCOUNTS[0] },
  { name: 'bucket-b', owner: ACCOUNTS[1] },
]

/** The object keys of the buckets; `alice/…` matches `${aws:username}/*` for the user alice. */
export const OBJECT_KEYS = ['docs/report.txt', 'alice/notes.txt', 'bob/plan.txt'] as const

/** The role a request assumes: `Target` or the pathed `ops/Auditor`. */
export const TARGET_ROLES = ['Target', 'ops/Auditor'] as const

/** The web identity providers a trust policy may name under `Federated`. */
export const WEB_IDENTITY_PROVIDERS = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
] as const

/** The service principals in the worlds. */
export const SERVICES = ['lambda.amazonaws.com', 's3.amazonaws.com'] as const
