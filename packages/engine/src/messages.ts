/**
 * AWS's AccessDenied wording for the gate that decided (iam-facts §14,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html), and a plain
 * sentence for an allow.
 *
 * AWS's general form is `User: <principal-arn> is not authorized to perform: <action> on
 * resource: <resource-arn> because <context>`; the page's shorter examples drop `on resource:`
 * for some actions, but its template and the classic messages keep it. We always keep it, so
 * every form reads the same way.
 *
 * - SCP denials always say "with an explicit deny in a service control policy", even when no
 *   SCP allowed (an implicit deny); we do the same for RCPs, by analogy (unconfirmed wording).
 * - "a sessions policy" is AWS's own spelling.
 * - A caller without an ARN is `anonymous`, or a service is named by its service principal.
 */
import type { AccessRequest, GateName, StatementRef } from './types.ts'

/**
 * AWS's AccessDenied text when the root user calls AssumeRole (iam-facts §2; seen verbatim in
 * kubeflow/testing#961 and in https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html).
 */
export const ROOT_CANNOT_ASSUME_ROLES = 'Roles may not be assumed by root accounts.'

const EXPLICIT: Readonly<Record<GateName, string>> = {
  identity: 'with an explicit deny in an identity-based policy',
  resource: 'with an explicit deny in a resource-based policy',
  trust: 'with an explicit deny in the role trust policy',
  boundary: 'with an explicit deny in a permissions boundary',
  session: 'with an explicit deny in a sessions policy',
  scp: 'with an explicit deny in a service control policy',
  rcp: 'with an explicit deny in a resource control policy',
}

const IMPLICIT_POLICY: Readonly<Record<GateName, string | undefined>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: undefined,
  rcp: undefined,
}

/** How the message names the caller: its ARN, its service principal, or `anonymous`. */
export function callerName(request: AccessRequest): string {
  const principal = request.principal
  return principal.arn ?? principal.service ?? 'anonymous'
}

/** AWS's AccessDenied message for a denial decided at `gate`. */
export function deniedMessage(request: AccessRequest, gate: GateName, explicit: boolean): string {
  const head = `User: ${callerName(request)} is not authorized to perform: ${request.action} on resource: ${request.resource}`
  const policy = IMPLICIT_POLICY[gate]
  if (explicit || policy === undefined) return `${head} ${EXPLICIT[gate]}`
  return `${head} because no ${policy} allows the ${request.action} action`
}

const KIND_WORDS: Readonly<Record<StatementRef['policyKind'], string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
}

/** A plain sentence naming the statement that allowed the request, or why no statement was needed. */
export function allowedMessage(
  request: AccessRequest,
  granted: StatementRef | undefined,
  why?: string,
): string {
  const what = `${callerName(request)} is allowed to perform ${request.action} on ${request.resource}`
  if (granted === undefined) return `${what}: ${why ?? 'no policy restricts it'}.`
  const statement =
    granted.sid === undefined ? `statement ${granted.index}` : `statement \`${granted.sid}\``
  return `${what}: ${statement} of the ${KIND_WORDS[granted.policyKind]} \`${granted.policy}\` allows it.`
}
