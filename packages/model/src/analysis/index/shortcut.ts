/**
 * Pairs that need no search: the identity side is needed — across accounts, or in one account
 * when the trust names the caller only by its account (iam-facts §8–9) — and no identity
 * statement of the caller can allow `sts:AssumeRole` on the role (`identityReach`), with no deny
 * in the trust policy and nothing on the caller's side or in the role's RCPs that might refuse
 * first (`risk.ts`; `risky`). No condition the caller sets can make an identity statement match a
 * resource it does not name, so the pair is refused whatever the call carries. The plain call is
 * refused by the identity gate when the trust grants it, by the trust gate otherwise: known
 * without evaluation when an `Allow` without conditions names the caller (`'identity'`), else
 * decided by the trust policy alone (`'trust-or-identity'`).
 */
import type { TrustSummary } from './trust-index.ts'

/** How the pair is refused without a search, or `undefined` when it must be analysed. */
export function identityShortcut(
  keys: readonly string[],
  sameAccount: boolean,
  trust: TrustSummary,
  risky: boolean,
  reachable: boolean,
): 'identity' | 'trust-or-identity' | undefined {
  if (risky || reachable || trust.hasDeny) return undefined
  if (sameAccount) for (const key of keys) if (trust.specific.has(key)) return undefined
  for (const key of keys) if (trust.freeGrants.has(key)) return 'identity'
  return 'trust-or-identity'
}

/** Whether the trust names the principal only as it names every principal of its account. */
export function namedAlike(keys: readonly string[], trust: TrustSummary): boolean {
  for (const key of keys)
    if (key !== '*' && !key.startsWith('a:') && trust.keys.has(key)) return false
  return true
}
