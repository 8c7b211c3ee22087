/**
 * Whole worlds: a request, then the policies that can apply to its caller and resource, each
 * part present or absent (identity policies only for IAM identities, session policies only for
 * sessions, a trust policy for `sts:AssumeRole`, a key policy for KMS, no resource policy for
 * IAM's own actions, SCPs only for callers in an account).
 */
import fc from 'fast-check'
import type { AccessRequest } from '@hatrack/engine'
import { organizationArbitrary, policyDocArbitrary, policyDocsArbitrary } from './policies.ts'
import { requestArbitrary } from './request.ts'
import { addStatement } from './world-edits.ts'
import { ACCOUNTS } from './vocabulary.ts'
import type { PolicyDoc, World } from './world.ts'

const maybe = <T>(arbitrary: fc.Arbitrary<T>, presentWeight: number, absentWeight: number) =>
  fc.oneof(
    { weight: presentWeight, arbitrary: arbitrary.map((value): T | undefined => value) },
    { weight: absentWeight, arbitrary: fc.constant<T | undefined>(undefined) },
  )

/** The resource-based policy a request meets, if any: trust, key policy, bucket or queue policy. */
function resourcePolicyArbitrary(request: AccessRequest): fc.Arbitrary<PolicyDoc | undefined> {
  const service = request.action.split(':')[0]
  if (request.action.startsWith('sts:AssumeRole')) {
    return policyDocArbitrary('trust', 'trust-policy', request)
  }
  if (service === 'kms') return policyDocArbitrary('resource', 'key-policy', request)
  if (service === 'iam') return fc.constant(undefined)
  return maybe(policyDocArbitrary('resource', 'resource-policy', request), 2, 1)
}

/** The policy documents of a world, without its request. */
type Policies = Omit<World, 'request'>

/**
 * The policy arbitraries depend only on the caller, the action and the resource, which come from
 * a small vocabulary: they are built once per combination, not once per generated world.
 */
const cache = new Map<string, fc.Arbitrary<Policies>>()

function policiesAround(request: AccessRequest): fc.Arbitrary<Policies> {
  const key = JSON.stringify([request.principal, request.action, request.resource])
  let arbitrary = cache.get(key)
  if (arbitrary === undefined) {
    arbitrary = buildPoliciesAround(request)
    cache.set(key, arbitrary)
  }
  return arbitrary
}

function buildPoliciesAround(request: AccessRequest): fc.Arbitrary<Policies> {
  const kind = request.principal.kind
  const iamIdentity = kind === 'user' || kind === 'assumedRole' || kind === 'federatedUser'
  const session = kind === 'assumedRole' || kind === 'federatedUser'
  const inAccount = request.principal.accountId !== undefined
  return fc
    .record({
      identity: iamIdentity
        ? maybe(policyDocsArbitrary('identity', 2, request), 5, 1)
        : fc.constant(undefined),
      resource: resourcePolicyArbitrary(request),
      boundary: iamIdentity
        ? maybe(policyDocArbitrary('boundary', 'boundary', request), 1, 2)
        : fc.constant(undefined),
      session: session
        ? maybe(policyDocsArbitrary('session', 2, request), kind === 'federatedUser' ? 3 : 1, 1)
        : fc.constant(undefined),
      scps: inAccount ? maybe(organizationArbitrary('scp', request), 2, 3) : fc.constant(undefined),
      rcps: maybe(organizationArbitrary('rcp', request), 1, 2),
      managementAccount: maybe(fc.constantFrom(...ACCOUNTS), 1, 2),
    })
    .map((parts): Policies => ({
      identity: parts.identity ?? [],
      ...(parts.resource !== undefined && { resource: parts.resource }),
      ...(parts.boundary !== undefined && { boundary: parts.boundary }),
      ...(parts.session !== undefined && { session: parts.session }),
      ...(parts.scps !== undefined && { scps: parts.scps }),
      ...(parts.rcps !== undefined && { rcps: parts.rcps }),
      ...(parts.managementAccount !== undefined && { managementAccount: parts.managementAccount }),
    }))
}

/** The policies of a world around `request`. */
export function worldAround(request: AccessRequest): fc.Arbitrary<World> {
  return policiesAround(request).map((policies): World => ({ request, ...policies }))
}

/** A generated world: a request and the policies around it. */
export const worldArbitrary: fc.Arbitrary<World> = requestArbitrary.chain(worldAround)

/**
 * Worlds tilted towards allowed requests: half of them get an unconditional `Allow` of the
 * request's action (in an identity-based policy for IAM identities, else in the resource's
 * policy for everyone), for the properties that start from an allowed request.
 */
export const grantedWorldArbitrary: fc.Arbitrary<World> = fc.oneof(
  worldArbitrary,
  worldArbitrary.map((world) => {
    const { principal, action, resource } = world.request
    const iamIdentity = ['user', 'assumedRole', 'federatedUser'].includes(principal.kind)
    if (iamIdentity)
      return addStatement(world, 'identity', {
        Effect: 'Allow',
        Action: action,
        Resource: resource,
      })
    const trust = world.resource?.kind === 'trust'
    return addStatement(world, 'resource', {
      Effect: 'Allow',
      Principal: '*',
      Action: action,
      ...(!trust && { Resource: resource }),
    })
  }),
)
