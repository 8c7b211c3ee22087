/**
 * Which gates take part in one request, decided from the caller, the accounts and the policy
 * set before any statement is read (iam-facts §7–9). Shared by `decide` and `explain`, so both
 * paths agree on what applies.
 */
import { RCP_SERVICES as RCP_SERVICE_LIST } from '@hatrack/policy'
import type { CompiledPolicySet } from '../compile/policy-set.ts'
import type { GateName } from '../types.ts'
import type { RequestEnv } from './env.ts'

/**
 * The services whose resources RCPs govern (ORG:orgs_manage_policies_rcps): one list, shared with
 * the parser, which refuses RCP statements naming any other service. An RCP gate for an action of
 * any other service is not applicable.
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set(RCP_SERVICE_LIST)

/** How the resource-side gate takes part. */
export type ResourceTakesPart =
  /** A resource-based or trust policy is present: its statements are read. */
  | 'scan'
  /** None is present, and this request needs one: the gate denies implicitly. */
  | 'required'
  /** None is present, and none is needed (a same-account request by an IAM principal). */
  | 'none'

/** The gates that take part in one request. */
export interface GatePlan {
  /** `trust` when the resource policy is a role trust policy (or, absent, for `sts:AssumeRole*`). */
  readonly resourceGate: 'resource' | 'trust'
  readonly rcp: boolean
  readonly scp: boolean
  readonly resource: ResourceTakesPart
  /** `root`: the root user is allowed implicitly in its own account; `none`: services, anonymous callers. */
  readonly identity: 'scan' | 'root' | 'none'
  readonly boundary: boolean
  /** `missing`: a federated-user session without session policy, which has no permissions. */
  readonly session: 'scan' | 'missing' | 'none'
  /** Trust policies and KMS key policies must name the principal: an identity allow never suffices alone. */
  readonly mustNamePrincipal: boolean
  readonly crossAccount: boolean
  /** Whether the caller is an IAM principal (root, user, role session, federated user). */
  readonly iamCaller: boolean
  /**
   * The root user calling `sts:AssumeRole*`: AWS refuses it ("Roles may not be assumed by root
   * accounts.", iam-facts §2), whatever the trust policy says.
   */
  readonly rootAssumesRole: boolean
}

/** Works out which gates take part in `env`'s request under `compiled`. */
export function planGates(compiled: CompiledPolicySet, env: RequestEnv): GatePlan {
  const caller = env.principal
  const kind = caller.kind
  const iamCaller = kind !== 'service' && kind !== 'anonymous'
  const crossAccount = env.crossAccount
  const resourcePolicy = compiled.resource
  const isTrust =
    resourcePolicy !== undefined
      ? resourcePolicy.named.policy.kind === 'trust'
      : env.action.startsWith('sts:assumerole')
  const mustNamePrincipal = isTrust || isKmsArn(env.request.resource)
  const management = compiled.managementAccount
  return {
    resourceGate: isTrust ? 'trust' : 'resource',
    rcp:
      compiled.rcps !== undefined &&
      RCP_SERVICES.has(env.service) &&
      (management === undefined || env.resourceAccount !== management) &&
      !assumesServiceLinkedRole(env),
    scp:
      compiled.scps !== undefined &&
      iamCaller &&
      caller.serviceLinkedRole !== true &&
      (management === undefined || caller.accountId !== management),
    resource:
      resourcePolicy !== undefined
        ? 'scan'
        : !iamCaller || crossAccount || mustNamePrincipal
          ? 'required'
          : 'none',
    identity: !iamCaller ? 'none' : kind === 'root' ? 'root' : 'scan',
    boundary: compiled.boundary !== undefined && iamCaller && kind !== 'root',
    session:
      kind === 'federatedUser'
        ? compiled.session === undefined
          ? 'missing'
          : 'scan'
        : kind === 'assumedRole' && compiled.session !== undefined
          ? 'scan'
          : 'none',
    mustNamePrincipal,
    crossAccount,
    iamCaller,
    rootAssumesRole: kind === 'root' && env.action.startsWith('sts:assumerole'),
  }
}

/**
 * RCPs "have no effect on AWS services' capacity to take on a service-linked role"
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 */
function assumesServiceLinkedRole(env: RequestEnv): boolean {
  return (
    env.principal.kind === 'service' &&
    env.action.startsWith('sts:assumerole') &&
    env.request.resource.includes(':role/aws-service-role/')
  )
}

/** Whether `arn` names a KMS resource (`arn:PARTITION:kms:…`), read without slicing. */
function isKmsArn(arn: string): boolean {
  if (!arn.startsWith('arn:')) return false
  const partitionEnd = arn.indexOf(':', 4)
  return partitionEnd >= 0 && arn.startsWith('kms:', partitionEnd + 1)
}

/** The gate names in AWS's order of evaluation (iam-facts §7). */
export const GATE_ORDER: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]
