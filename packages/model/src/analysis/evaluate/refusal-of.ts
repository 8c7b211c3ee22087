/**
 * The gate that refuses a request, on the engine's fast path: `decide` on parts of the policy set,
 * in the order the engine's `combine` reads the gates (iam-facts §7):
 * - an explicit deny belongs to the first gate, of RCPs, SCPs, the trust policy, identity
 *   policies, boundary and session policies, whose policies alone deny explicitly (only a `Deny`
 *   statement that applies makes `decide` answer `explicitDeny`);
 * - an implicit deny, to the first gate that does not allow when every gate before it is made
 *   to allow: RCPs, SCPs (each with an allow-everything trust and identity side), the trust
 *   policy (with the identity side allowing), the identity policies, the boundary, the session
 *   policies.
 * `explain` gives the same gate with its full explanation; this avoids building one for every
 * refused pair. When the set has no trust policy (role chaining's check of the caller's own
 * side), the answer is left to `explain` (`undefined`).
 */
import {
  decide,
  type AccessRequest,
  type CompiledPolicySet,
  type DecisionKind,
  type GateName,
} from '@hatrack/engine'
import { ALLOW_ALL, compileNamed } from './compiled.ts'

/** A refusal: how, and at which gate. */
export interface Refusal {
  readonly decision: Exclude<DecisionKind, 'allowed'>
  readonly gate: GateName
}

/** A trust policy that lets everyone call anything: stands in for "the resource side allows". */
const ALLOW_EVERYONE = compileNamed({
  name: 'analysis: trust side allowed',
  policy: {
    kind: 'trust',
    version: '2012-10-17',
    id: undefined,
    statements: [
      {
        index: 0,
        path: ['Statement', 0],
        sid: undefined,
        effect: 'Allow',
        principal: {
          negated: false,
          wildcard: true,
          aws: [],
          service: [],
          federated: [],
          canonicalUser: [],
          path: ['Statement', 0, 'Principal'],
        },
        action: { negated: false, patterns: ['*'], path: ['Statement', 0, 'Action'] },
        resource: undefined,
        conditions: [],
      },
    ],
  },
})

/** The gate that refuses `request` under `policies`; `undefined` when it is allowed or not found. */
export function refusalOf(
  policies: CompiledPolicySet,
  request: AccessRequest,
): Refusal | undefined {
  const resource = policies.resource
  if (resource === undefined) return undefined
  const kind = decide(policies, request)
  if (kind === 'allowed') return undefined
  const { rcps, scps, identity, boundary, session } = policies
  if (kind === 'explicitDeny') {
    if (rcps !== undefined && denies(policies, { rcps }, request)) return EXPLICIT.rcp
    if (scps !== undefined && denies(policies, { scps }, request)) return EXPLICIT.scp
    if (denies(policies, { resource }, request)) return EXPLICIT.trust
    if (denies(policies, { identity }, request)) return EXPLICIT.identity
    if (boundary !== undefined && denies(policies, { boundary }, request)) return EXPLICIT.boundary
    if (session !== undefined && denies(policies, { session }, request)) return EXPLICIT.session
    return undefined
  }
  const open = [ALLOW_ALL]
  if (
    rcps !== undefined &&
    !allows(policies, { identity: open, resource: ALLOW_EVERYONE, rcps }, request)
  )
    return IMPLICIT.rcp
  if (
    scps !== undefined &&
    !allows(policies, { identity: open, resource: ALLOW_EVERYONE, scps }, request)
  )
    return IMPLICIT.scp
  if (!allows(policies, { resource, identity: open }, request)) return IMPLICIT.trust
  if (!allows(policies, { resource, identity }, request)) return IMPLICIT.identity
  if (!allows(policies, { resource, identity, boundary }, request)) return IMPLICIT.boundary
  if (!allows(policies, { resource, identity, boundary, session }, request)) return IMPLICIT.session
  return undefined
}

/** The set with only `part` of its policies (and its management account). */
function only(policies: CompiledPolicySet, part: Partial<CompiledPolicySet>): CompiledPolicySet {
  return {
    source: policies.source,
    identity: part.identity ?? [],
    resource: part.resource,
    boundary: part.boundary,
    session: part.session,
    scps: part.scps,
    rcps: part.rcps,
    managementAccount: policies.managementAccount,
  }
}

function denies(
  policies: CompiledPolicySet,
  part: Partial<CompiledPolicySet>,
  request: AccessRequest,
): boolean {
  return decide(only(policies, part), request) === 'explicitDeny'
}

function allows(
  policies: CompiledPolicySet,
  part: Partial<CompiledPolicySet>,
  request: AccessRequest,
): boolean {
  return decide(only(policies, part), request) === 'allowed'
}

const GATES: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]
const EXPLICIT = Object.fromEntries(
  GATES.map((gate) => [gate, Object.freeze({ decision: 'explicitDeny', gate })]),
) as Readonly<Record<GateName, Refusal>>
const IMPLICIT = Object.fromEntries(
  GATES.map((gate) => [gate, Object.freeze({ decision: 'implicitDeny', gate })]),
) as Readonly<Record<GateName, Refusal>>
