/** Test support: small policies the engine's tests combine. */
import type { PolicyKind } from '@hatrack/policy'
import type { NamedPolicy } from '../../src/types.ts'
import { named, type StatementJson } from './build-policy.ts'

/** A 2012-10-17 policy of one or more statements. */
export function policy(
  name: string,
  kind: PolicyKind,
  ...statements: StatementJson[]
): NamedPolicy {
  return named(name, kind, { Version: '2012-10-17', Statement: statements })
}

export const allowAll = (kind: PolicyKind = 'identity', name = 'AllowAll'): NamedPolicy =>
  policy(name, kind, { Effect: 'Allow', Action: '*', Resource: '*' })

export const denyAll = (kind: PolicyKind = 'identity', name = 'DenyAll'): NamedPolicy =>
  policy(name, kind, { Effect: 'Deny', Action: '*', Resource: '*' })

export const allowAction = (
  action: string,
  resource = '*',
  kind: PolicyKind = 'identity',
  name = 'Allow',
): NamedPolicy => policy(name, kind, { Effect: 'Allow', Action: action, Resource: resource })

/** A resource-based policy granting `action` on `resource` to the principals listed under `AWS`. */
export const grant = (
  aws: string | string[],
  action = '*',
  resource = '*',
  effect: 'Allow' | 'Deny' = 'Allow',
): NamedPolicy =>
  policy('BucketPolicy', 'resource', {
    Effect: effect,
    Principal: { AWS: aws },
    Action: action,
    Resource: resource,
  })

/** A role trust policy letting the principals under `AWS` assume the role. */
export const trust = (
  principal: Readonly<Record<string, string | string[]>> | '*',
  effect: 'Allow' | 'Deny' = 'Allow',
): NamedPolicy =>
  policy('TrustPolicy', 'trust', { Effect: effect, Principal: principal, Action: 'sts:AssumeRole' })
