/**
 * Immutable updates of the world: every change returns a new world that shares what did not
 * change with the old one. Nothing here validates; operations check before they call these.
 */
import { generateId, type IdKind } from '../ids/index.ts'
import type { Account, AccountId, World } from './types.ts'

/** A copy of `map` with `key` set to `value`, or removed when `value` is `undefined`. */
export function withEntry<K, V>(
  map: ReadonlyMap<K, V>,
  key: K,
  value: V | undefined,
): ReadonlyMap<K, V> {
  const next = new Map(map)
  if (value === undefined) next.delete(key)
  else next.set(key, value)
  return next
}

/**
 * The world with one account replaced by `update(account)`. Throws when the account does not
 * exist: operations look the account up first, so reaching here without it is a broken invariant.
 */
export function updateAccount(
  world: World,
  accountId: AccountId,
  update: (account: Account) => Account,
): World {
  const account = world.accounts.get(accountId)
  if (!account) throw new Error(`invariant: account ${accountId} is not in the world`)
  return { ...world, accounts: withEntry(world.accounts, accountId, update(account)) }
}

/** Draws a new unique id of `kind` from the world's seeded generator. */
export function drawId(world: World, kind: IdKind): { readonly id: string; readonly world: World } {
  const drawn = generateId(world.seed, kind)
  return { id: drawn.value, world: { ...world, seed: drawn.state } }
}

/** The key IAM entities are stored under: names are unique regardless of case (iam-facts §1). */
export function nameKey(name: string): string {
  return name.toLowerCase()
}
