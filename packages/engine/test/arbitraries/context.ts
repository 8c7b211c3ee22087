/**
 * Request contexts: the keys AWS derives from the caller (always present, consistent with it,
 * iam-facts §2 table and §6), plus optional keys drawn from the same small domain the generated
 * conditions test, so conditions sometimes hold and sometimes do not.
 */
import fc from 'fast-check'
import type { ContextRecord } from '@hatrack/policy'
import type { RequestPrincipal } from '@hatrack/engine'
import { userNameOf, type CallerShape } from './vocabulary.ts'

/** The values conditions and contexts share. */
export const CONTEXT_DOMAIN = {
  sourceIp: ['10.1.2.3', '192.0.2.10', '203.0.113.5'],
  mfa: ['true', 'false'],
  mfaAge: ['100', '7200'],
  team: ['red', 'blue', 'Red'],
  externalId: ['ext-1', 'ext-2'],
  tagKeys: [[], ['team'], ['team', 'env'], ['env']],
  currentTime: ['2025-06-01T12:00:00Z', '2026-06-01T12:00:00Z'],
  secureTransport: ['true', 'false'],
} as const

/** The keys AWS puts in every request of this caller. */
export function principalKeys(
  shape: CallerShape,
  principal: RequestPrincipal,
): Record<string, string> {
  const account = principal.accountId
  switch (principal.kind) {
    case 'root':
      return {
        'aws:PrincipalArn': principal.arn ?? '',
        'aws:PrincipalAccount': account ?? '',
        'aws:PrincipalType': 'Account',
        'aws:userid': account ?? '',
        'aws:PrincipalIsAWSService': 'false',
      }
    case 'user':
      return {
        'aws:PrincipalArn': principal.arn ?? '',
        'aws:PrincipalAccount': account ?? '',
        'aws:PrincipalType': 'User',
        'aws:userid': principal.uniqueId ?? '',
        'aws:username': userNameOf(shape) ?? '',
        'aws:PrincipalIsAWSService': 'false',
      }
    case 'assumedRole':
      return {
        'aws:PrincipalArn': principal.roleArn ?? '',
        'aws:PrincipalAccount': account ?? '',
        'aws:PrincipalType': 'AssumedRole',
        'aws:userid': `${principal.uniqueId ?? ''}:${principal.arn?.split('/').at(-1) ?? ''}`,
        'aws:PrincipalIsAWSService': 'false',
      }
    case 'federatedUser':
      return {
        'aws:PrincipalArn': principal.arn ?? '',
        'aws:PrincipalAccount': account ?? '',
        'aws:PrincipalType': 'FederatedUser',
        'aws:userid': `${account ?? ''}:fred`,
        'aws:PrincipalIsAWSService': 'false',
      }
    case 'service':
      return {
        'aws:PrincipalIsAWSService': 'true',
        'aws:PrincipalServiceName': principal.service ?? '',
      }
    default:
      return {
        'aws:PrincipalAccount': 'anonymous',
        'aws:PrincipalType': 'Anonymous',
        'aws:userid': 'anonymous',
      }
  }
}

const optional = (values: readonly string[]): fc.Arbitrary<string | undefined> =>
  fc.option(fc.constantFrom(...values), { nil: undefined })

/** A request context for this caller: its own keys plus some of the optional ones. */
export function contextArbitrary(
  shape: CallerShape,
  principal: RequestPrincipal,
): fc.Arbitrary<ContextRecord> {
  const temporary = principal.kind === 'assumedRole' || principal.kind === 'federatedUser'
  return fc
    .record({
      sourceIp: optional(CONTEXT_DOMAIN.sourceIp),
      mfa: optional(CONTEXT_DOMAIN.mfa),
      mfaAge: optional(CONTEXT_DOMAIN.mfaAge),
      team: optional(CONTEXT_DOMAIN.team),
      externalId: optional(CONTEXT_DOMAIN.externalId),
      tagKeys: fc.option(fc.constantFrom(...CONTEXT_DOMAIN.tagKeys), { nil: undefined }),
      currentTime: fc.constantFrom(...CONTEXT_DOMAIN.currentTime),
      secureTransport: fc.constantFrom(...CONTEXT_DOMAIN.secureTransport),
    })
    .map(({ sourceIp, mfa, mfaAge, team, externalId, tagKeys, currentTime, secureTransport }) => {
      // aws:CurrentTime and aws:SecureTransport are in every request (iam-facts §6).
      const context: Record<string, string | readonly string[]> = {
        ...principalKeys(shape, principal),
        'aws:CurrentTime': currentTime,
        'aws:SecureTransport': secureTransport,
      }
      if (tagKeys !== undefined) context['aws:TagKeys'] = tagKeys
      if (sourceIp !== undefined) context['aws:SourceIp'] = sourceIp
      // aws:MultiFactorAuthPresent is present only with temporary credentials (iam-facts §6).
      if (temporary && mfa !== undefined) context['aws:MultiFactorAuthPresent'] = mfa
      if (temporary && mfa === 'true' && mfaAge !== undefined)
        context['aws:MultiFactorAuthAge'] = mfaAge
      const tagged = principal.kind === 'user' || principal.kind === 'assumedRole'
      if (tagged && team !== undefined) context['aws:PrincipalTag/team'] = team
      if (externalId !== undefined) context['sts:ExternalId'] = externalId
      return context
    })
}
