/**
 * Policies compiled once for the whole analysis. The same managed policy, group policy or SCP
 * speaks for thousands of principals: each is compiled once per name and kept beside its parsed
 * form in a WeakMap, so the cache goes with the world.
 */
import { compilePolicySet, type CompiledPolicy, type NamedPolicy } from '@hatrack/engine'
import { hasVariables, type Policy } from '@hatrack/policy'

const cache = new WeakMap<Policy, Map<string, Map<string, CompiledPolicy>>>()

/** `named`, compiled (once per policy document, name and ARN). */
export function compileNamed(named: NamedPolicy): CompiledPolicy {
  let byName = cache.get(named.policy)
  if (byName === undefined) {
    byName = new Map()
    cache.set(named.policy, byName)
  }
  let byArn = byName.get(named.name)
  if (byArn === undefined) {
    byArn = new Map()
    byName.set(named.name, byArn)
  }
  const arn = named.arn ?? ''
  let compiled = byArn.get(arn)
  if (compiled === undefined) {
    const [first] = compilePolicySet({ identity: [named] }).identity
    if (first === undefined) throw new Error('invariant: compilePolicySet dropped a policy')
    compiled = first
    byArn.set(arn, compiled)
  }
  return compiled
}

/** SCP or RCP levels, compiled. */
export function compileLevels(
  levels: readonly (readonly NamedPolicy[])[] | undefined,
): readonly (readonly CompiledPolicy[])[] | undefined {
  return levels?.map((level) => level.map(compileNamed))
}

/** The actions of an assumption, lower-cased, as compiled action patterns test them. */
export const ASSUME_ACTIONS = [
  'sts:assumerole',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
  'sts:tagsession',
  'sts:setsourceidentity',
] as const

/** Whether a compiled statement's action element can match one of the assumption's actions. */
export function mayApplyToAssume(statement: CompiledPolicy['statements'][number]): boolean {
  return ASSUME_ACTIONS.some((action) => statement.matchesAction(action))
}

/**
 * Whether evaluating the policy for an assumption can read the request context: a condition, or
 * a policy variable in a `Resource` entry, of a statement whose action can match. The engine
 * reads a statement's resource and conditions only once its action matched, so when no policy of
 * a request can, the context is never built.
 */
export function readsContext(policy: CompiledPolicy): boolean {
  let known = reads.get(policy)
  if (known === undefined) {
    known = statementsReadContext(policy)
    reads.set(policy, known)
  }
  return known
}

const reads = new WeakMap<CompiledPolicy, boolean>()

function statementsReadContext(policy: CompiledPolicy): boolean {
  for (const statement of policy.statements) {
    if (!mayApplyToAssume(statement)) continue
    if (statement.clauses.length > 0) return true
    const resource = statement.statement.resource
    if (statement.variables && resource?.patterns.some((pattern) => hasVariables(pattern)))
      return true
  }
  return false
}

/** Whether any of the policies, or of the policies of the levels, reads the context. */
export function anyReadsContext(
  policies: readonly CompiledPolicy[],
  extra: CompiledPolicy | undefined,
  levels: readonly (readonly CompiledPolicy[])[] | undefined,
): boolean {
  for (const policy of policies) if (readsContext(policy)) return true
  if (extra !== undefined && readsContext(extra)) return true
  for (const level of levels ?? [])
    for (const policy of level) if (readsContext(policy)) return true
  return false
}

/** An identity policy that allows everything: stands in for "the identity side allows". */
export const ALLOW_ALL: CompiledPolicy = compileNamed({
  name: 'analysis: identity side allowed',
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
        action: { negated: false, patterns: ['*'], path: ['Statement', 0, 'Action'] },
        resource: { negated: false, patterns: ['*'], path: ['Statement', 0, 'Resource'] },
        conditions: [],
      },
    ],
  },
})
