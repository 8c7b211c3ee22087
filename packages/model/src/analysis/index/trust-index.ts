/**
 * Trust policies indexed by the principals they name (issue #3, Budget). Each statement's
 * `Principal` entries become keys: an account (`a:ACCT`, from an account id or root ARN), a user
 * or role by unique id (`u:AIDA…`, `r:AROA…`, as IAM stores them, iam-facts §2), an ARN
 * (`n:…`), a service (`s:…`), a provider (`f:…`) or everyone (`*`). A principal is tried only
 * against the roles whose trust policy holds one of its own keys (`principalKeys`): any other
 * trust policy has no statement that names it, allowing or denying, so the trust gate cannot
 * grant it anything (iam-facts §9: the trust policy must name the caller).
 */
import { matchAction, type Policy, type PrincipalElement } from '@hatrack/policy'
import { findEntityById } from '../../world/find-by-id.ts'
import type { World } from '../../world/types.ts'

/** What a role's trust policy names, for the index and its shortcuts. */
export interface TrustSummary {
  /** Every key any statement names (Allow and Deny). */
  readonly keys: ReadonlySet<string>
  readonly hasDeny: boolean
  /** Keys that `Allow` statements name other than by account: the caller itself, its role, `*`. */
  readonly specific: ReadonlySet<string>
  /** Keys named by an `Allow` of `sts:AssumeRole` without conditions. */
  readonly freeGrants: ReadonlySet<string>
  /** Unique ids that name no live user or role. */
  readonly dangling: readonly string[]
}

const EVERYONE: PrincipalElement = {
  negated: false,
  wildcard: true,
  aws: [],
  service: [],
  federated: [],
  canonicalUser: [],
  path: [],
}
const ACCOUNT_ID = /^\d{12}$/
const ROOT_ARN = /^arn:aws:iam::(\d{12}):root$/
const UNIQUE_ID = /^A(IDA|ROA)[A-Z0-9]+$/

/** The index key of an `AWS` principal entry, or `undefined` when it names no one Hatrack models. */
export function awsKey(entry: string): string | undefined {
  if (entry === '*') return '*'
  if (entry.includes('*')) return undefined
  if (ACCOUNT_ID.test(entry)) return `a:${entry}`
  const root = ROOT_ARN.exec(entry)
  if (root !== null) return `a:${root[1] ?? ''}`
  if (entry.startsWith('AIDA')) return `u:${entry}`
  if (entry.startsWith('AROA')) return `r:${entry}`
  if (entry.startsWith('arn:')) return `n:${entry}`
  return undefined
}

/** What `trust` names. */
export function summarizeTrust(world: World, trust: Policy): TrustSummary {
  const keys = new Set<string>()
  const specific = new Set<string>()
  const freeGrants = new Set<string>()
  const dangling = new Set<string>()
  let hasDeny = false
  for (const statement of trust.statements) {
    // Trust policies require `Principal` (the parser refuses one without); a statement without
    // it would apply to everyone, so it is indexed as `*`.
    const element = statement.principal ?? EVERYONE
    const allow = statement.effect === 'Allow'
    if (!allow) hasDeny = true
    const free =
      allow &&
      statement.conditions.length === 0 &&
      (statement.resource === undefined ||
        (!statement.resource.negated && statement.resource.patterns.includes('*'))) &&
      statement.action.negated !==
        statement.action.patterns.some((p) => matchAction(p, 'sts:AssumeRole'))
    const named: string[] = []
    if (element.wildcard || element.negated) named.push('*')
    for (const entry of element.aws) {
      const key = awsKey(entry)
      if (key !== undefined) named.push(key)
      if (UNIQUE_ID.test(entry)) {
        const found = findEntityById(world, entry)
        if (found?.kind !== 'user' && found?.kind !== 'role') dangling.add(entry)
      }
    }
    for (const service of element.service) named.push(`s:${service}`)
    for (const provider of element.federated) named.push(`f:${provider}`)
    for (const key of named) {
      keys.add(key)
      if (allow && !key.startsWith('a:')) specific.add(key)
      if (free) freeGrants.add(key)
    }
  }
  return { keys, hasDeny, specific, freeGrants, dangling: [...dangling] }
}

/** The inverted index: for each key, the roles whose trust names it. */
export function invertIndex(summaries: readonly TrustSummary[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  summaries.forEach((summary, role) => {
    for (const key of summary.keys) {
      const list = index.get(key)
      if (list === undefined) index.set(key, [role])
      else list.push(role)
    }
  })
  return index
}
