/**
 * The generated pieces the commands and the start are made of: names of the vocabulary, sets of
 * actions, trust principals and maximum session durations.
 */
import fc from 'fast-check'
import { userPick } from './commands/callers.ts'
import type { TrustPrincipal } from './reference/types.ts'
import { ACCOUNTS, POLICY_ACTIONS, ROLE_NAMES, USER_NAMES } from './vocabulary.ts'

/** Every role name of the vocabulary, with its account. */
export const ROLES = ACCOUNTS.flatMap((account) =>
  (ROLE_NAMES[account] ?? []).map((name) => ({ account, name })),
)
/** A role name. */
export const rolePick = fc.constantFrom(...ROLES)

/** A non-empty set of policy actions. */
export const actions = fc.subarray(POLICY_ACTIONS, { minLength: 1 })

/** Actions that allow `sts:AssumeRole` three times in four. */
export const assuming = fc.oneof(
  actions,
  actions.map((allowed) => [...new Set(['sts:AssumeRole', ...allowed])]),
)

/** Every user name of the vocabulary, with its account. */
export const USERS = ACCOUNTS.flatMap((account) =>
  (USER_NAMES[account] ?? []).map((name) => ({ account, name })),
)

/** A user named in a trust policy. */
export const userPrincipal: fc.Arbitrary<TrustPrincipal> = userPick.map((user) => ({
  kind: 'user' as const,
  ...user,
}))

/** An account named in a trust policy, by id or root ARN. */
export const accountPrincipal: fc.Arbitrary<TrustPrincipal> = fc.record({
  kind: fc.constant('account' as const),
  account: fc.constantFrom(...ACCOUNTS),
  form: fc.constantFrom('id' as const, 'root' as const),
})

/** A trust policy's principals: one to three users, roles and accounts. */
export const trust = fc.array(
  fc.oneof(
    userPrincipal,
    rolePick.map((role): TrustPrincipal => ({ kind: 'role', ...role })),
    accountPrincipal,
  ),
  { minLength: 1, maxLength: 3 },
)

/** A valid `MaxSessionDuration`: its bounds, two hours, anything between. */
export const validMaxSessionDuration = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(3600, 7200, 43200) },
  { weight: 1, arbitrary: fc.integer({ min: 3600, max: 43200 }) },
)
/** `MaxSessionDuration`: mostly valid, now and then one past a bound. */
export const maxSessionDuration = fc.oneof(
  { weight: 9, arbitrary: validMaxSessionDuration },
  { weight: 1, arbitrary: fc.constantFrom(3599, 43201) },
)
