/**
 * A new, empty account: no users, roles or resources, only its root user (iam-facts §2).
 */
import type { Account, AccountId } from './types.ts'

/** An account with nothing in it yet. */
export function emptyAccount(id: AccountId, alias?: string): Account {
  return {
    id,
    alias,
    rootMfa: false,
    users: new Map(),
    groups: new Map(),
    roles: new Map(),
    policies: new Map(),
    instanceProfiles: new Map(),
    oidcProviders: new Map(),
    samlProviders: new Map(),
    resources: new Map(),
    trustAnchors: new Map(),
    profiles: new Map(),
  }
}
