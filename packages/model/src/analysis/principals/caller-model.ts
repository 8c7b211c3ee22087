/**
 * A principal as a caller of STS, built once for all the roles it is tried against: the resolved
 * caller the model's `authorize` would use (principal facts, identity policies, boundary, context
 * keys) and those policies compiled.
 *
 * - A user calls with its long-term credentials (`userCaller`: no MFA key at all).
 * Its policies are gathered as `userCaller` and `resolveSessionCaller` gather them, without
 * resolving the caller: only a pair evaluated in full needs the resolved caller (its context).
 * - The sessions of a role are represented by one plain session, as `AssumeRole` issues it: named
 *   `hatrack`, issued now, without tags, source identity or session policies; with or without
 *   MFA (a session issued to a user who passed an MFA code carries it). Resolved through the
 *   model's own `resolveSessionCaller`, so it is exactly what a real session of the role is.
 * - An account outside the world stands for any of its principals whose administrator allows
 *   them `sts:AssumeRole`: a user of that account with such a policy, in no organization.
 */
import type { CompiledPolicy, NamedPolicy } from '@hatrack/engine'
import type { ConditionClause } from '@hatrack/policy'
import { principalKeys } from '../../request/principal-keys.ts'
import { userCaller } from '../../request/identity-callers.ts'
import { holderPolicies, managedPolicy } from '../../request/named-policies.ts'
import { resolveSessionCaller } from '../../request/resolve-session.ts'
import type { ResolvedCaller } from '../../request/types.ts'
import { assumedRoleArn } from '../../world/arn.ts'
import type { Role, Session, User, World } from '../../world/types.ts'
import { anyReadsContext, compileNamed, mayApplyToAssume } from '../evaluate/compiled.ts'
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import type { AnalysedPrincipal } from './enumerate.ts'

/** A condition clause with what reading it needs. */
export interface ClauseSource {
  readonly clause: ConditionClause
  /** Whether `${…}` in its values are policy variables (Version 2012-10-17). */
  readonly variables: boolean
}

/** An IAM principal (user, role session, external account) as a caller. */
export interface CallerModel {
  /** The caller without MFA, resolved on first use. */
  readonly resolved: ResolvedCaller
  readonly accountId: string
  /** A session of a service-linked role, which SCPs do not limit (iam-facts §7). */
  readonly serviceLinked: boolean
  /** Role sessions: the same session issued with MFA. */
  readonly resolvedWithMfa: (() => ResolvedCaller) | undefined
  readonly identity: readonly CompiledPolicy[]
  readonly boundary: CompiledPolicy | undefined
  readonly scps: readonly (readonly CompiledPolicy[])[] | undefined
  /** Whether any of its policies can read the request context. */
  readonly readsContext: boolean
  /** Whether its calls are role chaining. */
  readonly chaining: boolean
  /** The clauses of its statements that can apply to `sts:AssumeRole`, `TagSession`, `SetSourceIdentity`. */
  readonly clauses: readonly ClauseSource[]
}

/** How the analysis finds an account's compiled SCP levels. */
export type ScpLevels = (accountId: string) => readonly (readonly CompiledPolicy[])[] | undefined

/** The caller model of an IAM principal, or `undefined` for roots, services and providers. */
export function callerModel(
  world: World,
  principal: AnalysedPrincipal,
  scpLevels: ScpLevels,
): CallerModel | undefined {
  const source = principal.source
  switch (source.kind) {
    case 'user': {
      const user = source.user
      return modelOf(
        { accountId: user.accountId, serviceLinked: false },
        identityPolicies(world, user),
        user.boundary === undefined ? undefined : managedPolicy(world, user.boundary),
        () => userCaller(world, user),
        undefined,
        scpLevels,
      )
    }
    case 'roleSession': {
      const role = source.role
      return modelOf(
        { accountId: role.accountId, serviceLinked: role.serviceLinked !== undefined },
        holderPolicies(world, role),
        role.boundary === undefined ? undefined : managedPolicy(world, role.boundary),
        () => sessionCaller(world, role, false),
        () => sessionCaller(world, role, true),
        scpLevels,
      )
    }
    case 'externalAccount': {
      const resolved = externalCaller(world, source.accountId)
      return modelOf(
        { accountId: source.accountId, serviceLinked: false },
        resolved.identity ?? [],
        undefined,
        () => resolved,
        undefined,
        scpLevels,
      )
    }
    default:
      return undefined
  }
}

/**
 * A user's identity-based policies, its own then its groups', as `userCaller` gathers them:
 * known before the caller is resolved, which only a pair evaluated in full needs.
 */
export function identityPolicies(world: World, user: User): NamedPolicy[] {
  const account = world.accounts.get(user.accountId)
  const identity = holderPolicies(world, user)
  for (const groupName of user.groups) {
    const group = account?.groups.get(groupName.toLowerCase())
    if (group !== undefined) identity.push(...holderPolicies(world, group, group.name))
  }
  return identity
}

function modelOf(
  facts: { readonly accountId: string; readonly serviceLinked: boolean },
  named: readonly NamedPolicy[],
  namedBoundary: NamedPolicy | undefined,
  resolve: () => ResolvedCaller,
  resolveWithMfa: (() => ResolvedCaller) | undefined,
  scpLevels: ScpLevels,
): CallerModel {
  const identity = named.map(compileNamed)
  const boundary = namedBoundary === undefined ? undefined : compileNamed(namedBoundary)
  const scps = scpLevels(facts.accountId)
  const clauses: ClauseSource[] = []
  const collect = (policy: CompiledPolicy): void => {
    for (const statement of policy.statements) {
      if (statement.clauses.length === 0) continue
      if (!mayApplyToAssume(statement)) continue
      for (const clause of statement.clauses)
        clauses.push({ clause, variables: statement.variables })
    }
  }
  identity.forEach(collect)
  if (boundary !== undefined) collect(boundary)
  for (const level of scps ?? []) level.forEach(collect)
  let resolved: ResolvedCaller | undefined
  return {
    get resolved() {
      resolved ??= resolve()
      return resolved
    },
    resolvedWithMfa: resolveWithMfa,
    accountId: facts.accountId,
    serviceLinked: facts.serviceLinked,
    identity,
    boundary,
    scps,
    readsContext: anyReadsContext(identity, boundary, scps),
    chaining: resolveWithMfa !== undefined,
    clauses,
  }
}

/** The access key id of the analysis's stand-in sessions. */
export const ANALYSIS_SESSION_KEY = 'ASIAHATRACKANALYSIS0'

/** A plain session of `role`, as `AssumeRole` would issue it now. */
export function plainSession(world: World, role: Role, mfa: boolean): Session {
  return {
    source: 'AssumeRole',
    accessKeyId: ANALYSIS_SESSION_KEY,
    secretAccessKey: 'analysis',
    sessionToken: 'analysis',
    issuedAt: world.now,
    expiresAt: world.now + 3600 * 1000,
    accountId: role.accountId,
    arn: assumedRoleArn(role.accountId, role.name, DEFAULT_SESSION_NAME),
    userId: `${role.id}:${DEFAULT_SESSION_NAME}`,
    roleArn: role.arn,
    sessionName: DEFAULT_SESSION_NAME,
    tags: [],
    sourceIdentity: undefined,
    sessionPolicies: [],
    sessionPolicyArns: [],
    parent: undefined,
    chained: false,
    mfaAuthenticated: mfa,
    federatedProvider: undefined,
    providerKeys: {},
  }
}

/** A plain session of `role`, resolved as the model resolves any session. */
export function sessionCaller(world: World, role: Role, mfa: boolean): ResolvedCaller {
  const session = plainSession(world, role, mfa)
  const view: World = { ...world, sessions: new Map([[session.accessKeyId, session]]) }
  const resolved = resolveSessionCaller(view, session.accessKeyId)
  if (!resolved.ok) throw new Error(`invariant: the plain session of ${role.arn} does not resolve`)
  return resolved.caller
}

/** The ARN that stands for any principal of an account outside the world. */
export function externalPrincipalArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:user/any-principal`
}

/** Any principal of an outside account, allowed `sts:*` by its own administrator. */
function externalCaller(world: World, accountId: string): ResolvedCaller {
  const arn = externalPrincipalArn(accountId)
  return {
    principal: { kind: 'user', arn, accountId },
    identity: [
      {
        name: `any identity-based policy of account ${accountId} that allows it`,
        policy: {
          kind: 'identity',
          version: '2012-10-17',
          id: undefined,
          statements: [
            {
              index: 0,
              path: ['Statement', 0],
              sid: undefined,
              effect: 'Allow',
              principal: undefined,
              action: { negated: false, patterns: ['sts:*'], path: ['Statement', 0, 'Action'] },
              resource: { negated: false, patterns: ['*'], path: ['Statement', 0, 'Resource'] },
              conditions: [],
            },
          ],
        },
      },
    ],
    boundary: undefined,
    sessionPolicies: undefined,
    session: undefined,
    context: principalKeys(world, {
      principalArn: arn,
      accountId,
      type: 'User',
      userId: arn,
      tags: [],
    }),
  }
}
