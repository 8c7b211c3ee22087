/**
 * Callers as the commands generate them: a user or root user by name, or a session by a pick
 * that is resolved against the sessions issued so far, counting back from the latest (small
 * picks are likelier, and recent sessions are likelier to be active), so that a command
 * stays meaningful whatever ran before it (and when fast-check shrinks the sequence).
 */
import fc from 'fast-check'
import type { Reference } from '../reference/reference.ts'
import type { RefCaller } from '../reference/types.ts'
import { ACCOUNTS, A, USER_NAMES } from '../vocabulary.ts'

/** A generated caller. */
export type CallerPick =
  | { readonly kind: 'user'; readonly account: string; readonly name: string }
  | { readonly kind: 'session'; readonly pick: number }
  | { readonly kind: 'root'; readonly account: string }

/** `A` or `B`, for readable counterexamples. */
export function accountLabel(account: string): string {
  return account === A ? 'A' : 'B'
}

/** How a pick reads in a counterexample. */
export function showCaller(pick: CallerPick): string {
  switch (pick.kind) {
    case 'user':
      return `user ${pick.name}@${accountLabel(pick.account)}`
    case 'session':
      return `session[${pick.pick}]`
    case 'root':
      return `root@${accountLabel(pick.account)}`
  }
}

/** Whether the pick can be resolved now: a session pick needs a session. */
export function canResolve(
  model: Readonly<Pick<Reference, 'sessions'>>,
  pick: CallerPick,
): boolean {
  return pick.kind !== 'session' || model.sessions.length > 0
}

/** The reference caller a pick stands for. */
export function resolveCaller(model: Reference, pick: CallerPick): RefCaller {
  if (pick.kind !== 'session') return pick
  const count = model.sessions.length
  return { kind: 'session', index: count - 1 - (pick.pick % count) }
}

/** A user of either account, by account and name. */
export const userPick = fc.constantFrom(
  ...ACCOUNTS.flatMap((account) => (USER_NAMES[account] ?? []).map((name) => ({ account, name }))),
)

/** Users, sessions (most often) and now and then a root user. */
export const callerPick: fc.Arbitrary<CallerPick> = fc.oneof(
  { weight: 8, arbitrary: userPick.map((user) => ({ kind: 'user' as const, ...user })) },
  {
    weight: 12,
    arbitrary: fc.nat({ max: 7 }).map((pick) => ({ kind: 'session' as const, pick })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...ACCOUNTS).map((account) => ({ kind: 'root' as const, account })),
  },
)
