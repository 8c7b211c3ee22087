/**
 * One assumption as the model's STS calls would make it, from a principal, a role and the
 * conditions the caller supplies: the resolved caller, the actions to authorize (the main action,
 * then `sts:TagSession` and `sts:SetSourceIdentity` when tags or a source identity are set), the
 * call's own context keys, or the error STS returns before authorizing. It follows, step for step,
 * `assumeRole` (users, role sessions), `assumeServiceRole` (services) and `federatedAssume`
 * (providers), so that an edge exists exactly when those calls succeed.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError } from '../../operations/types.ts'
import type { ResolvedCaller } from '../../request/types.ts'
import { serviceCaller } from '../../services/assume-service-role.ts'
import { assumeRoleKeys } from '../../sts/assume-role-context.ts'
import { MFA_VERIFIED } from '../../sts/mfa.ts'
import { effectiveSourceIdentity } from '../../sts/source-identity.ts'
import type { AssumeRoleInput } from '../../sts/types.ts'
import { assumeRoleViolations } from '../../sts/validation/assume-role-input.ts'
import { roleSessionDuration } from '../../sts/validation/duration.ts'
import { packedSize, packedSizeError } from '../../sts/validation/packed-size.ts'
import { sessionTagsOf, tagRuleError } from '../../sts/validation/tags.ts'
import { validationError } from '../../sts/validation/violations.ts'
import type { SessionTag } from '../../world/types.ts'
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import type { AssumeAction, AssumeConditions } from '../types.ts'
import type { AnalysisEnv } from './env.ts'
import { readFederated } from './federated-call.ts'
import type { RoleModel } from './role-model.ts'

/** A call ready to be authorized. */
export interface CallPlan {
  readonly caller: ResolvedCaller
  /** The main action first. */
  readonly actions: readonly string[]
  /** The call's own keys (`sts:RoleSessionName`, `sts:ExternalId`, request tags, MFA, provider keys). */
  readonly trusted: ContextRecord
  /** What the request carries besides its parameters (`aws:SourceIp`, …). */
  readonly context: ContextRecord | undefined
  /** Role chaining: `TagSession` and `SetSourceIdentity` need the caller's own permission too. */
  readonly chaining: boolean
  /** An error STS returns after authorizing (duration, packed size), if any. */
  readonly afterAuthorization: AwsError | undefined
}

export type CallPlanResult =
  { readonly ok: true; readonly plan: CallPlan } | { readonly ok: false; readonly error: AwsError }

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** The call principal `index` makes on `role` with `conditions`. */
export function callPlan(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  conditions: AssumeConditions,
): CallPlanResult {
  const principal = env.principals[index]
  if (principal === undefined) throw new Error(`invariant: no principal ${index}`)
  const source = principal.source
  const sessionName = conditions.roleSessionName ?? DEFAULT_SESSION_NAME
  switch (source.kind) {
    case 'root':
      throw new Error('invariant: the root user makes no call')
    case 'service': {
      const trusted: Record<string, string> = {}
      if (conditions.sourceArn !== undefined) trusted['aws:SourceArn'] = conditions.sourceArn
      if (conditions.sourceAccount !== undefined)
        trusted['aws:SourceAccount'] = conditions.sourceAccount
      return plan(serviceCaller(source.service), ['sts:AssumeRole'], trusted, undefined)
    }
    case 'federated': {
      if (!SESSION_NAME.test(sessionName)) return invalidSessionName(sessionName)
      const read = readFederated(
        env.world,
        source.provider,
        role.role.arn,
        role.role.accountId,
        sessionName,
        conditions,
      )
      if (!read.ok) return read
      const caller: ResolvedCaller = {
        principal: { kind: 'anonymous', federatedProvider: read.providerPrincipal },
        identity: undefined,
        boundary: undefined,
        sessionPolicies: undefined,
        session: undefined,
        context: {},
      }
      const trusted = {
        ...read.keys,
        ...assumeRoleKeys({ roleSessionName: sessionName, tags: [] }),
      }
      return plan(caller, [principal.node.action], trusted, conditions.context)
    }
    default:
      return iamPlan(env, index, role, conditions, sessionName)
  }
}

function iamPlan(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  conditions: AssumeConditions,
  sessionName: string,
): CallPlanResult {
  const model = env.caller(index)
  if (model === undefined) throw new Error(`invariant: principal ${index} has no caller model`)
  const session = env.principals[index]?.source.kind === 'roleSession'
  const mfa = conditions.mfa === true
  const caller = session && mfa && model.resolvedWithMfa ? model.resolvedWithMfa() : model.resolved
  const passed: readonly SessionTag[] = conditions.tags ?? []
  const tags = passed.map((tag) => ({ key: tag.key, value: tag.value }))
  const transitive = passed.filter((tag) => tag.transitive).map((tag) => tag.key)
  const input: AssumeRoleInput = {
    roleArn: role.role.arn,
    roleSessionName: sessionName,
    ...(conditions.externalId === undefined ? {} : { externalId: conditions.externalId }),
    ...(tags.length === 0 ? {} : { tags, transitiveTagKeys: transitive }),
    ...(conditions.sourceIdentity === undefined
      ? {}
      : { sourceIdentity: conditions.sourceIdentity }),
  }
  // Only what the caller sets can break a shape: the role's ARN and `hatrack` cannot.
  const shaped =
    conditions.roleSessionName !== undefined ||
    conditions.externalId !== undefined ||
    conditions.sourceIdentity !== undefined ||
    tags.length > 0
  const invalid = shaped ? validationError(assumeRoleViolations(input)) : undefined
  if (invalid) return { ok: false, error: invalid }
  const inherited = model.chaining ? (caller.session?.tags ?? []) : []
  const tagError = tagRuleError(tags, transitive, inherited)
  if (tagError) return { ok: false, error: tagError }
  const identity = effectiveSourceIdentity(
    conditions.sourceIdentity,
    model.chaining ? caller.session?.sourceIdentity : undefined,
  )
  if (!identity.ok) return identity
  const sessionTags = sessionTagsOf(tags, transitive, inherited)
  const actions: string[] = ['sts:AssumeRole']
  if (sessionTags.length > 0) actions.push('sts:TagSession')
  if (identity.value !== undefined) actions.push('sts:SetSourceIdentity')
  const trusted = {
    ...assumeRoleKeys({
      roleSessionName: sessionName,
      ...(conditions.externalId === undefined ? {} : { externalId: conditions.externalId }),
      ...(identity.value === undefined ? {} : { sourceIdentity: identity.value }),
      tags: sessionTags,
    }),
    ...(mfa && !session ? MFA_VERIFIED : {}),
  }
  const duration = roleSessionDuration(undefined, role.role, model.chaining)
  const packed = packedSizeError(
    packedSize({ policyCharacters: 0, policyArns: [], tags: sessionTags }),
  )
  return {
    ok: true,
    plan: {
      caller,
      actions,
      trusted,
      context: conditions.context,
      chaining: model.chaining,
      afterAuthorization: duration.ok ? packed : duration.error,
    },
  }
}

function plan(
  caller: ResolvedCaller,
  actions: readonly AssumeAction[] | readonly string[],
  trusted: ContextRecord,
  context: ContextRecord | undefined,
): CallPlanResult {
  return {
    ok: true,
    plan: { caller, actions, trusted, context, chaining: false, afterAuthorization: undefined },
  }
}

function invalidSessionName(name: string): CallPlanResult {
  return {
    ok: false,
    error: {
      code: 'ValidationError',
      message: `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      httpStatus: 400,
    },
  }
}
