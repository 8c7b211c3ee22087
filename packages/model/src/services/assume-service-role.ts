/**
 * A service assuming its service role: the role's trust policy must name the service principal
 * (`{"Service": "ec2.amazonaws.com"}`) for `sts:AssumeRole` (iam-facts §16). The session is a
 * `ServiceRole` session named by the service (an instance id, a function name), and "the
 * maximum session duration does not limit sessions assumed by AWS services" (iam-facts §11,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html). Confused-deputy keys
 * (`aws:SourceArn`, `aws:SourceAccount`) come with the request when the service acts for a
 * resource.
 */
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeResolved } from '../request/authorize.ts'
import { accessDenied } from '../request/errors.ts'
import type { ResolvedCaller } from '../request/types.ts'
import { credentialsOf, issueSession } from '../sts/issue-session.ts'
import type { Credentials } from '../sts/types.ts'
import { assumedRoleArn } from '../world/arn.ts'
import { findRoleByArn } from '../world/find-entity.ts'
import type { Session, World } from '../world/types.ts'

/** What the service asks for. */
export interface ServiceRoleRequest {
  /** The service principal: `ec2.amazonaws.com`. */
  readonly service: string
  readonly roleArn: string
  readonly sessionName: string
  /** 3,600 seconds unless the service says otherwise. */
  readonly durationSeconds?: number
  /** The resource the service acts for (`aws:SourceArn`) and its account (`aws:SourceAccount`). */
  readonly sourceArn?: string
  readonly sourceAccount?: string
}

/** The service's session on the role. */
export interface ServiceRoleSession {
  readonly session: Session
  readonly credentials: Credentials
}

/** The service principal as a caller. */
export function serviceCaller(service: string): ResolvedCaller {
  return {
    principal: { kind: 'service', service },
    identity: undefined,
    boundary: undefined,
    sessionPolicies: undefined,
    session: undefined,
    context: {
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': service,
      'aws:PrincipalServiceNamesList': [service],
    },
  }
}

/** Assumes the role for the service. `_caller` is ignored: the service acts as itself. */
export function assumeServiceRole(
  world: World,
  _caller: Caller,
  request: ServiceRoleRequest,
): Outcome<ServiceRoleSession> {
  const trusted: Record<string, string> = {}
  if (request.sourceArn !== undefined) trusted['aws:SourceArn'] = request.sourceArn
  if (request.sourceAccount !== undefined) trusted['aws:SourceAccount'] = request.sourceAccount
  const decision = authorizeResolved(
    world,
    serviceCaller(request.service),
    { action: 'sts:AssumeRole', resource: request.roleArn },
    { trusted },
  )
  if (decision.decision !== 'allowed')
    return {
      status: 'error',
      error: accessDenied(decision.message, decision),
      decisions: [decision],
    }
  const role = findRoleByArn(world, request.roleArn)
  if (role === undefined)
    throw new Error(`invariant: role ${request.roleArn} was authorized but does not exist`)
  const issued = issueSession(
    world,
    {
      source: 'ServiceRole',
      service: request.service,
      accountId: role.accountId,
      arn: assumedRoleArn(role.accountId, role.name, request.sessionName),
      userId: `${role.id}:${request.sessionName}`,
      roleArn: role.arn,
      sessionName: request.sessionName,
      tags: [],
      sourceIdentity: undefined,
      sessionPolicies: [],
      sessionPolicyArns: [],
      parent: undefined,
      chained: false,
      mfaAuthenticated: false,
      federatedProvider: undefined,
      providerKeys: {},
    },
    request.durationSeconds ?? 3600,
  )
  return {
    status: 'ok',
    world: issued.world,
    decisions: [decision],
    value: { session: issued.session, credentials: credentialsOf(issued.session) },
  }
}
