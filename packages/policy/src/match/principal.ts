/**
 * `Principal` / `NotPrincipal` matching against the caller (iam-facts §2).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *
 * - `"*"` and `{"AWS": "*"}` match everyone, anonymous callers and services included.
 * - A 12-digit account id or `arn:PARTITION:iam::ACCT:root` matches every IAM principal of that
 *   account (root, users, role sessions, federated users), never a service or an anonymous caller.
 * - A user ARN matches that user; a role ARN every session of that role (compared with the
 *   session's `roleArn`, path included); an assumed-role ARN exactly that session; a
 *   federated-user ARN exactly that session.
 * - A unique id matches the entity that has it: `AIDA…` the user, `AROA…` the sessions of the role.
 * - `Service` matches a service caller; `CanonicalUser` a caller with that canonical id.
 * - `Federated` matches a caller that is making a web-identity or SAML federation call
 *   (`AssumeRoleWithWebIdentity`, `AssumeRoleWithSAML`): those calls are unsigned, so the model
 *   gives such a caller `kind: 'anonymous'` and its provider in `federatedProvider`. A role
 *   session that came from federation later calls as its assumed role, not as its provider.
 * - No partial wildcards: an entry holding `*` other than the lone `*` matches nothing.
 *
 * `NotPrincipal` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html):
 * AWS "might validate the account first, then the role, and then the assumed-role user", and
 * tells authors to list the account (and role) ARN of the excepted principal "otherwise, the
 * policy might deny access to the entire account". We take the strict reading: a caller is
 * excepted only when every layer of it is listed: its account, then its user, or its role and
 * its session, or its federated-user ARN. So a `Deny` + `NotPrincipal` naming only a user still
 * denies that user, as the doc warns it may.
 */
import type { PrincipalElement } from '../ast.ts'
import type { PrincipalFacts } from '../request.ts'

/** How a principal element matched the caller: the kind of entry, and the entry. */
export type PrincipalMatchVia =
  | 'wildcard'
  | 'account'
  | 'user'
  | 'role'
  | 'session'
  | 'federatedUser'
  | 'service'
  | 'federated'
  | 'canonicalUser'

/**
 * The outcome of {@link matchPrincipal}. For `NotPrincipal`, `matched` means "not among the
 * listed", and `via`/`entry` name the first layer of the caller the list leaves out.
 */
export type PrincipalMatch =
  | { readonly matched: false }
  | { readonly matched: true; readonly via: PrincipalMatchVia; readonly entry: string }

const NO_MATCH: PrincipalMatch = { matched: false }
const ACCOUNT_ID = /^\d{12}$/
const ROOT_ARN = /^arn:([^:]+):iam::(\d{12}):root$/

/**
 * Whether `element` (`Principal` or `NotPrincipal`) applies to `caller`. When several entries
 * name the caller, the most specific one is returned (the caller's own ARN or id, then its role,
 * then its account), since what a resource-based grant is worth depends on it (iam-facts §7).
 */
export function matchPrincipal(element: PrincipalElement, caller: PrincipalFacts): PrincipalMatch {
  if (!element.negated) return matchListed(element, caller)
  if (element.wildcard) return NO_MATCH
  for (const layer of layersOf(caller)) {
    if (!isListed(element, caller, layer))
      return { matched: true, via: layer.via, entry: layer.entry }
  }
  return NO_MATCH
}

/** The first entry of a `Principal` element that names the caller. */
function matchListed(element: PrincipalElement, caller: PrincipalFacts): PrincipalMatch {
  if (element.wildcard) return { matched: true, via: 'wildcard', entry: '*' }
  let best: PrincipalMatch = NO_MATCH
  for (const entry of element.aws) {
    const via = awsEntryMatches(entry, caller)
    if (via === undefined) continue
    if (via !== 'role' && via !== 'account') return { matched: true, via, entry }
    if (!best.matched || (via === 'role' && best.via === 'account'))
      best = { matched: true, via, entry }
  }
  if (best.matched) return best
  if (
    caller.kind === 'service' &&
    caller.service !== undefined &&
    element.service.includes(caller.service)
  ) {
    return { matched: true, via: 'service', entry: caller.service }
  }
  const provider = caller.federatedProvider
  if (
    caller.kind === 'anonymous' &&
    provider !== undefined &&
    element.federated.includes(provider)
  ) {
    return { matched: true, via: 'federated', entry: provider }
  }
  const canonical = caller.canonicalUser
  if (canonical !== undefined && element.canonicalUser.includes(canonical)) {
    return { matched: true, via: 'canonicalUser', entry: canonical }
  }
  return NO_MATCH
}

/** What an `AWS` entry names, if it names the caller. */
function awsEntryMatches(entry: string, caller: PrincipalFacts): PrincipalMatchVia | undefined {
  if (entry.includes('*')) return undefined
  if (caller.kind === 'service' || caller.kind === 'anonymous') return undefined
  if (namesAccount(entry, caller)) return 'account'
  switch (caller.kind) {
    case 'user':
      return entry === caller.arn || (isUniqueId(entry, 'AIDA') && entry === caller.uniqueId)
        ? 'user'
        : undefined
    case 'assumedRole':
      if (entry === caller.arn) return 'session'
      return entry === caller.roleArn || (isUniqueId(entry, 'AROA') && entry === caller.uniqueId)
        ? 'role'
        : undefined
    case 'federatedUser':
      return entry === caller.arn ? 'federatedUser' : undefined
    case 'root':
      return undefined
  }
}

/** Whether the entry is the caller's account: its id, or its root ARN in the caller's partition. */
function namesAccount(entry: string, caller: PrincipalFacts): boolean {
  const account = caller.accountId
  if (account === undefined) return false
  if (ACCOUNT_ID.test(entry)) return entry === account
  const root = ROOT_ARN.exec(entry)
  return root !== null && root[2] === account && root[1] === partitionOf(caller)
}

function partitionOf(caller: PrincipalFacts): string {
  const arn = caller.arn ?? caller.roleArn
  if (arn === undefined || !arn.startsWith('arn:')) return 'aws'
  const end = arn.indexOf(':', 4)
  return end < 0 ? 'aws' : arn.slice(4, end)
}

function isUniqueId(entry: string, prefix: string): boolean {
  return entry.startsWith(prefix) && !entry.includes(':')
}

/** One layer of the caller that a `NotPrincipal` list must name for the caller to be excepted. */
interface Layer {
  readonly via: PrincipalMatchVia
  readonly entry: string
}

/** The caller's layers, outermost first (account, then role, then session). */
function layersOf(caller: PrincipalFacts): Layer[] {
  const layers: Layer[] = []
  const account = caller.accountId
  switch (caller.kind) {
    case 'anonymous':
      if (caller.federatedProvider !== undefined) {
        return [{ via: 'federated', entry: caller.federatedProvider }]
      }
      return [{ via: 'wildcard', entry: 'anonymous' }]
    case 'service':
      return [{ via: 'service', entry: caller.service ?? '' }]
    case 'root':
      if (account !== undefined) layers.push({ via: 'account', entry: account })
      return layers
    case 'user':
      if (account !== undefined) layers.push({ via: 'account', entry: account })
      layers.push({ via: 'user', entry: caller.arn ?? '' })
      return layers
    case 'assumedRole':
      if (account !== undefined) layers.push({ via: 'account', entry: account })
      layers.push({ via: 'role', entry: caller.roleArn ?? '' })
      layers.push({ via: 'session', entry: caller.arn ?? '' })
      return layers
    case 'federatedUser':
      if (account !== undefined) layers.push({ via: 'account', entry: account })
      layers.push({ via: 'federatedUser', entry: caller.arn ?? '' })
      return layers
  }
}

/** Whether the `NotPrincipal` list names this layer of the caller. */
function isListed(element: PrincipalElement, caller: PrincipalFacts, layer: Layer): boolean {
  const canonical = caller.canonicalUser
  if (canonical !== undefined && element.canonicalUser.includes(canonical)) return true
  switch (layer.via) {
    case 'wildcard':
      return false
    case 'service':
      return element.service.includes(layer.entry)
    case 'federated':
      return element.federated.includes(layer.entry)
    case 'account':
      return element.aws.some((entry) => !entry.includes('*') && namesAccount(entry, caller))
    default:
      return element.aws.some((entry) => {
        if (entry.includes('*') || namesAccount(entry, caller)) return false
        return awsEntryMatches(entry, caller) === layer.via
      })
  }
}
