/**
 * The knobs of one (principal, role) pair: the parts of the call the caller controls that some
 * condition of the pair's policies reads, each with the values to try. For IAM callers: MFA,
 * `ExternalId`, `RoleSessionName`, `SourceIdentity`, session tags and the request's own keys
 * (`aws:SourceIp`, …); for services the resource they act for (`aws:SourceArn`,
 * `aws:SourceAccount`); for providers the token's or assertion's claims. Keys AWS derives (the
 * principal's tags, its organization, the clock) are no knobs: the world decides them.
 */
import { createRequestContext, resolveVariables, type RequestContext } from '@hatrack/policy'
import { REQUEST_KEYS } from '../classify.ts'
import { callPlan } from '../evaluate/call-plan.ts'
import type { AnalysisEnv } from '../evaluate/env.ts'
import { ASSERTION_CLAIMS, claimPrefix, TOKEN_CLAIMS } from '../evaluate/federated-call.ts'
import { planContext } from '../evaluate/pair-policies.ts'
import type { RoleModel } from '../evaluate/role-model.ts'
import type { ClauseSource } from '../principals/caller-model.ts'
import type { AssumeConditions } from '../types.ts'
import { tagOptions } from './tag-options.ts'
import { satisfyingValues } from './values.ts'

/** One part of the call the caller controls, and the values to try (its default is to leave it out). */
export interface Knob {
  /** `mfa`, `externalId`, `tags`, `context:aws:SourceIp`, `claim:…:sub`, … */
  readonly name: string
  readonly options: readonly AssumeConditions[]
}

const MULTIVALUED_CLAIMS = /:amr$/

/** Whether a condition of the pair reads MFA, so that a call with MFA may differ from one without. */
export function readsMfa(env: AnalysisEnv, index: number, role: RoleModel): boolean {
  const test = (entry: ClauseSource) => {
    const key = entry.clause.key.toLowerCase()
    return key === 'aws:multifactorauthpresent' || key === 'aws:multifactorauthage'
  }
  return role.clauses.some(test) || (env.caller(index)?.clauses.some(test) ?? false)
}

/** Knob options gathered from some clauses, before the tag clauses are combined. */
interface Routed {
  readonly knobs: ReadonlyMap<string, readonly AssumeConditions[]>
  readonly tags: readonly { readonly entry: ClauseSource; readonly values: readonly string[] }[]
}

/** How a kind of caller reads clauses: which keys are knobs for it. */
interface CallerClass {
  readonly name: string
  readonly iam: boolean
  readonly service: boolean
  /** Providers: the prefix of their claims (`host:`, or `saml:`), lower-cased. */
  readonly prefix: string | undefined
  readonly saml: boolean
}

const EMPTY: Routed = { knobs: new Map(), tags: [] }
const byRole = new WeakMap<RoleModel, Map<string, Routed>>()
const byCaller = new WeakMap<object, Routed>()

/** The knobs of principal `index` on `role`. */
export function knobsFor(env: AnalysisEnv, index: number, role: RoleModel): Knob[] {
  const principal = env.principals[index]
  if (principal === undefined) return []
  const caller = env.caller(index)
  const callerClauses = caller?.clauses ?? []
  if (role.clauses.length === 0 && callerClauses.length === 0) return []
  const kind = principal.node.kind
  const source = principal.source
  const prefix =
    source.kind === 'federated' ? claimPrefix(source.provider).toLowerCase() : undefined
  const saml = source.kind === 'federated' && source.provider.type === 'saml'
  const iam = kind === 'user' || kind === 'roleSession' || kind === 'externalAccount'
  const type: CallerClass = {
    name: iam ? 'iam' : kind === 'service' ? 'service' : `provider:${prefix ?? ''}:${saml}`,
    iam,
    service: kind === 'service',
    prefix,
    saml,
  }
  let context: RequestContext | undefined
  const resolve = (entry: ClauseSource): string[] => {
    context ??= variableContext(env, index, role)
    return entry.clause.values.flatMap((value) => {
      const resolved = resolveVariables(value, context ?? new Map())
      return resolved.ok ? [resolved.value] : []
    })
  }
  const roleSide = cached(byRole.get(role)?.get(type.name), role.clauses, type, resolve, (made) => {
    const known = byRole.get(role) ?? new Map<string, Routed>()
    known.set(type.name, made)
    byRole.set(role, known)
  })
  const callerSide =
    caller === undefined
      ? EMPTY
      : cached(byCaller.get(caller), callerClauses, type, resolve, (made) =>
          byCaller.set(caller, made),
        )
  const knobs = new Map<string, AssumeConditions[]>()
  for (const part of [roleSide, callerSide])
    for (const [name, options] of part.knobs) addOptions(knobs, name, options)
  const tags = tagOptions([...roleSide.tags, ...callerSide.tags])
  if (tags.length > 0) addOptions(knobs, 'tags', tags)
  return [...knobs]
    .filter(([, options]) => options.length > 0)
    .map(([name, options]) => ({ name, options }))
}

/** The routed clauses, from the cache when no clause holds a policy variable. */
function cached(
  known: Routed | undefined,
  clauses: readonly ClauseSource[],
  type: CallerClass,
  resolve: (entry: ClauseSource) => string[],
  keep: (made: Routed) => void,
): Routed {
  if (known !== undefined) return known
  if (clauses.length === 0) return EMPTY
  const variable = (entry: ClauseSource) =>
    entry.variables && entry.clause.values.some((value) => value.includes('${'))
  const made = route(clauses, type, (entry) =>
    variable(entry) ? resolve(entry) : [...entry.clause.values],
  )
  if (!clauses.some(variable)) keep(made)
  return made
}

function addOptions(
  knobs: Map<string, AssumeConditions[]>,
  name: string,
  options: readonly AssumeConditions[],
): void {
  const list = knobs.get(name) ?? []
  for (const option of options) {
    const text = JSON.stringify(option)
    if (!list.some((known) => JSON.stringify(known) === text)) list.push(option)
  }
  knobs.set(name, list)
}

/** Which knob each clause feeds, with the values to try. */
function route(
  clauses: readonly ClauseSource[],
  type: CallerClass,
  resolve: (entry: ClauseSource) => string[],
): Routed {
  const knobs = new Map<string, AssumeConditions[]>()
  const tags: { entry: ClauseSource; values: readonly string[] }[] = []
  const add = (name: string, options: readonly AssumeConditions[]) =>
    addOptions(knobs, name, options)
  for (const entry of clauses) {
    const key = entry.clause.key
    const lower = key.toLowerCase()
    const values = () => satisfyingValues(entry.clause, resolve(entry))
    if (
      type.iam &&
      (lower === 'aws:multifactorauthpresent' || lower === 'aws:multifactorauthage')
    ) {
      add('mfa', [{ mfa: true }])
    } else if (type.iam && lower === 'sts:externalid') {
      add(
        'externalId',
        values().map((externalId) => ({ externalId })),
      )
    } else if (type.iam && lower === 'sts:sourceidentity') {
      add(
        'sourceIdentity',
        values().map((sourceIdentity) => ({ sourceIdentity })),
      )
    } else if (
      type.iam &&
      (lower.startsWith('aws:requesttag/') ||
        lower === 'aws:tagkeys' ||
        lower === 'sts:transitivetagkeys')
    ) {
      tags.push({ entry, values: values() })
    } else if (!type.service && lower === 'sts:rolesessionname') {
      add(
        'roleSessionName',
        values().map((roleSessionName) => ({ roleSessionName })),
      )
    } else if (!type.service && REQUEST_KEYS.has(lower)) {
      add(
        `context:${lower}`,
        values().map((value) => ({ context: { [key]: value } })),
      )
    } else if (type.service && lower === 'aws:sourcearn') {
      add(
        'sourceArn',
        values().map((sourceArn) => ({ sourceArn })),
      )
    } else if (type.service && lower === 'aws:sourceaccount') {
      add(
        'sourceAccount',
        values().map((sourceAccount) => ({ sourceAccount })),
      )
    } else if (type.prefix !== undefined && isClaim(lower, type.prefix, type.saml)) {
      const multi = MULTIVALUED_CLAIMS.test(lower) || entry.clause.set !== undefined
      add(
        `claim:${lower}`,
        values().map((value) => ({ claims: { [key]: multi ? [value] : value } })),
      )
    }
  }
  return { knobs, tags }
}

function isClaim(lower: string, prefix: string, saml: boolean): boolean {
  if (saml) return (ASSERTION_CLAIMS as readonly string[]).includes(lower)
  if (!lower.startsWith(prefix)) return false
  return (TOKEN_CLAIMS as readonly string[]).includes(lower.slice(prefix.length))
}

/** The context of the plain call, to resolve policy variables in condition values. */
function variableContext(env: AnalysisEnv, index: number, role: RoleModel): RequestContext {
  const planned = callPlan(env, index, role, {})
  if (!planned.ok) return new Map()
  return createRequestContext(planContext(env.world, planned.plan, role, true))
}
