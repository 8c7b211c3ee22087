/**
 * Action, resource and principal elements drawn around the request's own values, so that they
 * match it often, nearly match it sometimes (`?` in the wrong place, another account), and also
 * name other things of the vocabulary.
 */
import fc from 'fast-check'
import type { PolicyKind, PrincipalFacts } from '@hatrack/policy'
import { RCP_SERVICES } from '../reference/request-facts.ts'
import {
  ACCOUNTS,
  ACTIONS,
  OTHER_ACTION_PATTERNS,
  SERVICES,
  WEB_IDENTITY_PROVIDERS,
} from './vocabulary.ts'

/** Patterns for an `Action` element around `action`. */
export function actionPatterns(action: string): string[] {
  const [service = '', name = ''] = action.split(':')
  return [
    action,
    action.toLowerCase(),
    `${service}:*`,
    `${service}:${name.slice(0, 3)}*`,
    `${service}:${name.slice(0, 1)}?${name.slice(2)}`,
    `${service}:${name}?`,
  ]
}

/**
 * Whether a policy of `kind` may name `pattern`: a trust policy only STS actions ("AssumeRole
 * policy may only specify STS AssumeRole actions."), an RCP only actions of the services RCPs
 * cover (orgs_manage_policies_rcps_syntax).
 */
function allowedIn(kind: PolicyKind, pattern: string): boolean {
  if (pattern === '*') return true
  const service = pattern.slice(0, pattern.indexOf(':')).toLowerCase()
  if (kind === 'trust') return service === 'sts'
  if (kind === 'rcp') return RCP_SERVICES.has(service)
  return true
}

/** An `Action` or (rarely, and never in an RCP) `NotAction` element around the request's action. */
export function actionElementArbitrary(
  action: string,
  kind: PolicyKind,
): fc.Arbitrary<{ Action: string | string[] } | { NotAction: string | string[] }> {
  const pools: [number, string[]][] = [
    [3, actionPatterns(action)],
    [1, [...OTHER_ACTION_PATTERNS]],
    [1, [...ACTIONS]],
  ]
  const pattern = fc.oneof(
    ...pools
      .map(([weight, pool]) => [weight, pool.filter((p) => allowedIn(kind, p))] as const)
      .filter(([, pool]) => pool.length > 0)
      .map(([weight, pool]) => ({ weight, arbitrary: fc.constantFrom(...pool) })),
  )
  const list = fc.oneof(pattern, fc.uniqueArray(pattern, { minLength: 1, maxLength: 2 }))
  return fc.oneof(
    { weight: 5, arbitrary: list.map((Action) => ({ Action })) },
    { weight: kind === 'rcp' ? 0 : 1, arbitrary: list.map((NotAction) => ({ NotAction })) },
  )
}

/** Patterns for a `Resource` element around `resource`. */
export function resourcePatterns(resource: string): string[] {
  if (resource === '*') return ['*', `arn:aws:iam::${ACCOUNTS[0]}:role/*`]
  const parts = resource.split(':')
  // The last is a near miss: resource ARNs compare case-sensitively.
  const patterns = [
    '*',
    resource,
    `${resource.slice(0, -1)}?`,
    resource.replace(/[a-z]$/, (c) => c.toUpperCase()),
  ]
  const slash = resource.lastIndexOf('/')
  patterns.push(slash >= 0 ? `${resource.slice(0, slash)}/*` : `${parts.slice(0, 5).join(':')}:*`)
  if (parts[4] !== undefined && parts[4] !== '') {
    patterns.push([...parts.slice(0, 4), '*', ...parts.slice(5)].join(':'))
  }
  return patterns
}

/** Resource patterns of the vocabulary that are not derived from the request. */
const OTHER_RESOURCE_PATTERNS = [
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-b',
  'arn:aws:s3:::bucket-?/docs/*',
  'arn:aws:s3:::bucket-a/${aws:username}/*',
  'arn:aws:s3:::bucket-b/${aws:username}/*',
  `arn:aws:kms:*:${ACCOUNTS[1]}:key/*`,
  `arn:aws:iam::${ACCOUNTS[0]}:role/Target`,
  `arn:aws:sqs:us-east-1:${ACCOUNTS[0]}:*`,
]

/** A `Resource` or (rarely) `NotResource` element around the request's resource. */
export function resourceElementArbitrary(
  resource: string,
): fc.Arbitrary<{ Resource: string | string[] } | { NotResource: string | string[] }> {
  const pattern = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...resourcePatterns(resource)) },
    { weight: 1, arbitrary: fc.constantFrom(...OTHER_RESOURCE_PATTERNS) },
  )
  const list = fc.oneof(pattern, fc.uniqueArray(pattern, { minLength: 1, maxLength: 2 }))
  return fc.oneof(
    { weight: 5, arbitrary: list.map((Resource) => ({ Resource })) },
    { weight: 1, arbitrary: list.map((NotResource) => ({ NotResource })) },
  )
}

/** The `AWS` entries a resource-based policy may use to name (or not name) this caller. */
export function awsEntries(caller: PrincipalFacts, trust: boolean): string[] {
  const entries: string[] = []
  if (caller.kind !== 'root' && caller.arn !== undefined) entries.push(caller.arn)
  if (caller.roleArn !== undefined) entries.push(caller.roleArn)
  if (trust && caller.uniqueId !== undefined) entries.push(caller.uniqueId)
  if (caller.accountId !== undefined) {
    entries.push(caller.accountId, `arn:aws:iam::${caller.accountId}:root`)
  }
  entries.push(
    ACCOUNTS[2],
    `arn:aws:iam::${ACCOUNTS[1]}:user/alice`,
    `arn:aws:iam::${ACCOUNTS[0]}:role/Deployer`,
  )
  // Near misses: principal ARNs compare case-sensitively and a role ARN carries its path.
  if (caller.kind !== 'root' && caller.arn !== undefined) {
    entries.push(caller.arn.replace(/[^/]+$/, (name) => name.toUpperCase()))
  }
  if (caller.roleArn?.includes('/ops/') === true) entries.push(caller.roleArn.replace('/ops/', '/'))
  return entries
}

/** A `Principal` element for a resource-based or trust policy, often naming the caller. */
export function principalArbitrary(caller: PrincipalFacts, trust: boolean): fc.Arbitrary<unknown> {
  const aws = fc.uniqueArray(fc.constantFrom(...awsEntries(caller, trust)), {
    minLength: 1,
    maxLength: 2,
  })
  const single = (list: string[]): string | string[] =>
    list.length === 1 ? (list[0] ?? '*') : list
  const federated = fc.constantFrom(...WEB_IDENTITY_PROVIDERS).map((Federated) => ({ Federated }))
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom<unknown>('*', { AWS: '*' }) },
    { weight: caller.federatedProvider !== undefined ? 6 : 0, arbitrary: federated },
    { weight: 6, arbitrary: aws.map((list) => ({ AWS: single(list) })) },
    { weight: 1, arbitrary: fc.constantFrom(...SERVICES).map((Service) => ({ Service })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(aws, fc.constantFrom(...SERVICES))
        .map(([list, Service]) => ({ AWS: single(list), Service })),
    },
  )
}
