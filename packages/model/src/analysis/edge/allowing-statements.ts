/**
 * Which statements allow an allowed call: the trust statements that grant it and, when the
 * identity side is needed, the caller's identity statements that allow it (iam-facts §7–9).
 *
 * The request is allowed, so some trust statement that names the caller applied: when only one
 * names it, that is the one, and its naming says whether the identity side was needed (the
 * engine's grant strengths: by account, the identity side must allow; by role or directly, not;
 * across accounts, always). Likewise when a single identity statement could match the action and
 * the role. Otherwise each candidate is tested alone on the engine's fast path: the trust statement
 * with the identity side taken as allowing, the identity statement in place of the caller's
 * identity policies; a statement applies exactly when the request is then allowed.
 */
import {
  decide,
  type AccessRequest,
  type CompiledPolicy,
  type CompiledPolicySet,
  type StatementRef,
} from '@hatrack/engine'
import {
  compileResourcePattern,
  hasVariables,
  matchPrincipal,
  type PrincipalMatchVia,
} from '@hatrack/policy'
import { ALLOW_ALL } from '../evaluate/compiled.ts'
import type { RoleModel } from '../evaluate/role-model.ts'

type CompiledStatement = CompiledPolicy['statements'][number]

/** The statements that allow a call, and how the trust named the caller. */
export interface AllowingStatements {
  readonly trust: readonly StatementRef[]
  readonly identity: readonly StatementRef[]
  readonly identityNeeded: boolean
  /** How the first allowing trust statement named the caller, and the entry that did. */
  readonly via: PrincipalMatchVia | undefined
  readonly entry: string
  /** The statements themselves, trust first, for their conditions. */
  readonly statements: readonly CompiledStatement[]
}

const NONE: readonly never[] = Object.freeze([])

/** The statements that allow `request` under `policies` (an allowed request). */
export function allowingStatements(
  role: RoleModel,
  policies: CompiledPolicySet,
  request: AccessRequest,
  iamCaller: boolean,
  crossAccount: boolean,
): AllowingStatements {
  const named: { statement: CompiledStatement; via: PrincipalMatchVia; entry: string }[] = []
  for (const statement of role.trust.statements) {
    if (!statement.allow || statement.principal === undefined) continue
    if (!statement.matchesAction(request.action.toLowerCase())) continue
    const match = matchPrincipal(statement.principal, request.principal)
    if (match.matched) named.push({ statement, via: match.via, entry: match.entry })
  }
  const single = named.length === 1 ? named[0] : undefined
  const granting =
    single !== undefined
      ? named
      : named.filter(({ statement }) => {
          const alone: CompiledPolicySet = {
            ...policies,
            boundary: undefined,
            session: undefined,
            scps: undefined,
            rcps: undefined,
            identity: [ALLOW_ALL],
            resource: { named: role.trust.named, statements: [statement] },
          }
          return decide(alone, request) === 'allowed'
        })
  const first = granting[0]
  const identityNeeded =
    iamCaller &&
    (crossAccount ||
      (single !== undefined
        ? single.via === 'account'
        : decide({ ...policies, identity: [] }, request) !== 'allowed'))
  const identity = identityNeeded ? identityStatements(policies, request) : []
  const statements = [
    ...granting.map(({ statement }) => statement),
    ...identity.map(({ statement }) => statement),
  ]
  return {
    trust: refsOf(granting),
    identity: refsOf(identity),
    identityNeeded,
    via: first?.via,
    entry: first?.entry ?? '',
    statements,
  }
}

const singles = new WeakMap<CompiledStatement, readonly StatementRef[]>()

/** The statements' references; one shared array for a single statement. */
function refsOf(
  found: readonly { readonly statement: CompiledStatement }[],
): readonly StatementRef[] {
  if (found.length === 0) return NONE
  const only = found.length === 1 ? found[0]?.statement : undefined
  if (only === undefined) return found.map(({ statement }) => statement.ref)
  let refs = singles.get(only)
  if (refs === undefined) {
    refs = Object.freeze([only.ref])
    singles.set(only, refs)
  }
  return refs
}

function identityStatements(
  policies: CompiledPolicySet,
  request: AccessRequest,
): { readonly statement: CompiledStatement }[] {
  const action = request.action.toLowerCase()
  const candidates: { policy: CompiledPolicy; statement: CompiledStatement }[] = []
  for (const policy of policies.identity)
    for (const statement of policy.statements)
      if (
        statement.allow &&
        statement.matchesAction(action) &&
        mayName(statement, request.resource)
      )
        candidates.push({ policy, statement })
  if (candidates.length === 1) return candidates
  return candidates.filter(({ policy, statement }) => {
    const alone: CompiledPolicy = { named: policy.named, statements: [statement] }
    return decide({ ...policies, identity: [alone] }, request) === 'allowed'
  })
}

const matchers = new WeakMap<CompiledStatement, (arn: string) => boolean>()

/** Whether the statement's `Resource` could name the role (variables taken to match). */
function mayName(statement: CompiledStatement, arn: string): boolean {
  let match = matchers.get(statement)
  if (match === undefined) {
    const element = statement.statement.resource
    if (element === undefined) match = () => true
    else if (element.patterns.some((p) => statement.variables && hasVariables(p)))
      match = () => true
    else {
      const tests = element.patterns.map(compileResourcePattern)
      const any = (value: string) => tests.some((test) => test(value))
      match = element.negated ? (value) => !any(value) : any
    }
    matchers.set(statement, match)
  }
  return match(arn)
}
