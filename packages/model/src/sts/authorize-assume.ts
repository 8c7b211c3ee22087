/**
 * Authorizing a role assumption (iam-facts §9, §12, §13): the main action (`sts:AssumeRole`,
 * `…WithWebIdentity`, `…WithSAML`) on the role ARN, then `sts:TagSession` when the new session
 * gets tags (passed, or inherited transitive tags) and `sts:SetSourceIdentity` when it gets a
 * source identity (set, or carried along a chain). Each goes through the engine with the trust
 * policy as the resource-based policy: in the same account either side can suffice, across
 * accounts both must allow.
 *
 * Role chaining adds one rule: "permissions for sts:SetSourceIdentity are required in both the
 * permissions policy of the principal who is assuming the role and in the role trust policy of
 * the target role" (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html#id_credentials_temp_control-access_monitor-perms).
 * We apply it to `sts:TagSession` as well: a chained call that carries tags needs the caller's
 * own permission too.
 */
import type { Decision } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError } from '../operations/types.ts'
import { authorizeResolved } from '../request/authorize.ts'
import { accessDenied } from '../request/errors.ts'
import type { ResolvedCaller } from '../request/types.ts'
import type { World } from '../world/types.ts'

/** What a role assumption asks of the engine. */
export interface AssumeAuthorization {
  readonly caller: ResolvedCaller
  readonly action: 'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML'
  readonly roleArn: string
  readonly tagSession: boolean
  readonly setSourceIdentity: boolean
  /** Whether the caller is a role session assuming another role (role chaining). */
  readonly chaining: boolean
  /** What the request carries (`aws:SourceIp`, …). */
  readonly context?: ContextRecord
  /** The call's own keys: `sts:RoleSessionName`, `sts:ExternalId`, request tags, MFA. */
  readonly trusted: ContextRecord
  /** AWS's message for a denial, when it is not the engine's (`Not authorized to perform …`). */
  readonly deniedMessage?: string
}

export type AssumeAuthorizationResult =
  | { readonly ok: true; readonly decisions: readonly Decision[] }
  | { readonly ok: false; readonly error: AwsError; readonly decisions: readonly Decision[] }

/**
 * Keys an `AssumeRole*` call sets from its own parameters (`ExternalId`, `RoleSessionName`,
 * `SourceIdentity`, `Tags`, `TransitiveTagKeys`). A caller cannot supply them as free context:
 * otherwise an `sts:ExternalId` condition could be met without passing `ExternalId`, or session
 * tags slip past the `sts:TagSession` check.
 */
function isCallParameterKey(key: string): boolean {
  const folded = key.toLowerCase()
  return (
    folded === 'sts:externalid' ||
    folded === 'sts:rolesessionname' ||
    folded === 'sts:sourceidentity' ||
    folded === 'sts:transitivetagkeys' ||
    folded === 'aws:tagkeys' ||
    folded.startsWith('aws:requesttag/')
  )
}

/** The caller's context without the keys the call itself sets from its parameters. */
function freeContext(context: ContextRecord): ContextRecord {
  return Object.fromEntries(Object.entries(context).filter(([key]) => !isCallParameterKey(key)))
}

/** Every decision the assumption needs, stopping at the first denial. */
export function authorizeAssume(
  world: World,
  input: AssumeAuthorization,
): AssumeAuthorizationResult {
  const decisions: Decision[] = []
  const actions: string[] = [input.action]
  if (input.tagSession) actions.push('sts:TagSession')
  if (input.setSourceIdentity) actions.push('sts:SetSourceIdentity')
  const callerSide =
    input.caller.principal.kind !== 'service' && input.caller.principal.kind !== 'anonymous'
  const context = input.context ? freeContext(input.context) : undefined
  for (const action of actions) {
    const request = {
      action,
      resource: input.roleArn,
      ...(context ? { context } : {}),
    }
    const decision = authorizeResolved(world, input.caller, request, { trusted: input.trusted })
    decisions.push(decision)
    if (decision.decision !== 'allowed') return denied(input, decision, decisions)
    if (action !== input.action && input.chaining && callerSide) {
      const own = authorizeResolved(world, input.caller, request, {
        trusted: input.trusted,
        callerSideOnly: true,
      })
      decisions.push(own)
      if (own.decision !== 'allowed') return denied(input, own, decisions)
    }
  }
  return { ok: true, decisions }
}

function denied(
  input: AssumeAuthorization,
  decision: Decision,
  decisions: readonly Decision[],
): AssumeAuthorizationResult {
  return {
    ok: false,
    error: accessDenied(input.deniedMessage ?? decision.message, decision),
    decisions,
  }
}
