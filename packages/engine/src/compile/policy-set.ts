/**
 * `compilePolicySet`: every policy of a {@link PolicySet} compiled once (wildcards, resource
 * entries, conditions), so that `decide` and `explain` only run precompiled tests.
 */
import type { NamedPolicy, PolicySet } from '../types.ts'
import { compileStatement, type CompiledStatement } from './statement.ts'

/** A policy with its statements compiled. */
export interface CompiledPolicy {
  readonly named: NamedPolicy
  readonly statements: readonly CompiledStatement[]
}

/** A {@link PolicySet}, compiled. Absent members mean what they mean in `PolicySet`. */
export interface CompiledPolicySet {
  readonly source: PolicySet
  readonly identity: readonly CompiledPolicy[]
  readonly resource: CompiledPolicy | undefined
  readonly boundary: CompiledPolicy | undefined
  /** `undefined` when no session policy was passed (an empty list counts as none). */
  readonly session: readonly CompiledPolicy[] | undefined
  readonly scps: readonly (readonly CompiledPolicy[])[] | undefined
  readonly rcps: readonly (readonly CompiledPolicy[])[] | undefined
  readonly managementAccount: string | undefined
}

/** Compiles every policy of `policies` for repeated evaluation. */
export function compilePolicySet(policies: PolicySet): CompiledPolicySet {
  const session = policies.session
  return {
    source: policies,
    identity: (policies.identity ?? []).map(compilePolicy),
    resource: policies.resource === undefined ? undefined : compilePolicy(policies.resource),
    boundary: policies.boundary === undefined ? undefined : compilePolicy(policies.boundary),
    session: session === undefined || session.length === 0 ? undefined : session.map(compilePolicy),
    scps: policies.scps?.map((level) => level.map(compilePolicy)),
    rcps: policies.rcps?.map((level) => level.map(compilePolicy)),
    managementAccount: policies.managementAccount,
  }
}

/**
 * Compiled policies by parsed policy, then by name and ARN: a world stores each policy once and
 * authorizes many requests under it, so it is compiled once (compiling is pure, and a compiled
 * policy is never changed).
 */
const compiled = new WeakMap<NamedPolicy['policy'], Map<string, CompiledPolicy>>()

function compilePolicy(named: NamedPolicy): CompiledPolicy {
  let byName = compiled.get(named.policy)
  if (byName === undefined) {
    byName = new Map()
    compiled.set(named.policy, byName)
  }
  const key = `${named.name}\u0000${named.arn ?? ''}`
  const known = byName.get(key)
  if (known !== undefined) return known
  const fresh: CompiledPolicy = {
    named,
    statements: named.policy.statements.map((statement) => compileStatement(named, statement)),
  }
  byName.set(key, fresh)
  return fresh
}
