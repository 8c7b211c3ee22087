/**
 * The request context AWS builds for one request (iam-facts §2 table, §6): the keys of the
 * caller's credentials, the clock (`aws:CurrentTime`, `aws:EpochTime`), the transport
 * (`aws:SecureTransport`, `aws:RequestedRegion`), the service chain (`aws:ViaAWSService`,
 * `aws:CalledVia…`), the resource's keys, then what the caller supplies.
 */
import type { ContextRecord, ContextValue } from '@hatrack/policy'
import type { World } from '../world/types.ts'
import type { ResourceSide } from './resource-side.ts'
import { epochSeconds, isoInstant } from './time.ts'
import type { AuthorizeRequest, ResolvedCaller } from './types.ts'

/**
 * Keys AWS derives from the credentials, the clock, the service chain or the resource, that a
 * request cannot supply (compared in lower case; a `/` ends a prefix).
 */
const DERIVED = [
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltag/',
  'aws:principaltype',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:userid',
  'aws:username',
  'aws:sourceidentity',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:tokenissuetime',
  'aws:federatedprovider',
  'aws:currenttime',
  'aws:epochtime',
  'aws:viaawsservice',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:resourcetag/',
  'aws:resourceaccount',
  'aws:resourceorgid',
  'aws:resourceorgpaths',
]

/** Whether a request cannot supply `key` because AWS derives it. */
export function isDerivedKey(key: string): boolean {
  const lower = key.toLowerCase()
  return DERIVED.some((derived) =>
    derived.endsWith('/') ? lower.startsWith(derived) : lower === derived,
  )
}

/**
 * The context of `request` by `caller` on `side` at the world's time. `trusted` keys come from
 * the simulation itself (an STS call's `sts:*` keys, the MFA it just checked) and are applied
 * last, unfiltered.
 */
export function requestContext(
  world: World,
  caller: ResolvedCaller,
  side: ResourceSide,
  request: AuthorizeRequest,
  trusted: ContextRecord = {},
): ContextRecord {
  const context: Record<string, ContextValue> = {
    ...caller.context,
    'aws:CurrentTime': isoInstant(world.now),
    'aws:EpochTime': epochSeconds(world.now),
    'aws:SecureTransport': 'true',
    'aws:RequestedRegion': request.region ?? side.region ?? 'us-east-1',
    'aws:ViaAWSService': 'false',
  }
  const via = request.calledVia ?? []
  if (via.length > 0) {
    context['aws:ViaAWSService'] = 'true'
    context['aws:CalledVia'] = [...via]
    context['aws:CalledViaFirst'] = via[0] ?? ''
    context['aws:CalledViaLast'] = via[via.length - 1] ?? ''
    // Credentials a service forwards are temporary: the MFA key is present, false unless MFA
    // was used (iam-facts §6, §16).
    context['aws:MultiFactorAuthPresent'] ??= 'false'
  }
  Object.assign(context, side.keys)
  for (const [key, value] of Object.entries(request.context ?? {})) {
    if (!isDerivedKey(key)) context[key] = value
  }
  Object.assign(context, trusted)
  return context
}
