/**
 * Building a world: its clock, its seed and its accounts. Bad input (an account id that is not
 * 12 digits, an account named twice) becomes issues, never an exception.
 */
import { accountAliasProblem, accountIdProblem } from './account-rules.ts'
import { emptyAccount } from './empty-account.ts'
import { withEntry } from './update.ts'
import type { AccountId, Instant, World } from './types.ts'

/** One account of a new world. */
export interface AccountInput {
  readonly id: AccountId
  readonly alias?: string
}

/** What is wrong with the input of {@link createWorld} or {@link addAccount}. */
export interface WorldIssue {
  /** `ValidationError` for a malformed id or alias; `EntityAlreadyExists` for an account given twice. */
  readonly code: 'ValidationError' | 'EntityAlreadyExists'
  readonly message: string
  /** Where in the input: `['accounts', 2, 'id']`. */
  readonly path: readonly (string | number)[]
}

export type WorldResult =
  | { readonly ok: true; readonly world: World }
  | { readonly ok: false; readonly issues: readonly WorldIssue[] }

/** A new world at `now` (epoch milliseconds) whose ids are drawn from `seed`. */
export function createWorld(input: {
  readonly seed: number
  readonly now: Instant
  readonly accounts: readonly AccountInput[]
}): WorldResult {
  let world: World = {
    partition: 'aws',
    now: input.now,
    seed: input.seed | 0,
    accounts: new Map(),
    organization: undefined,
    sessions: new Map(),
  }
  const issues: WorldIssue[] = []
  input.accounts.forEach((account, index) => {
    const added = addAccount(world, account)
    if (added.ok) world = added.world
    else
      for (const issue of added.issues)
        issues.push({ ...issue, path: ['accounts', index, ...issue.path] })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, world }
}

/** The world with one more account, empty but for its root user. */
export function addAccount(world: World, account: AccountInput): WorldResult {
  const issues: WorldIssue[] = []
  const idProblem = accountIdProblem(account.id)
  if (idProblem) issues.push({ code: 'ValidationError', message: idProblem, path: ['id'] })
  if (account.alias !== undefined) {
    const aliasProblem = accountAliasProblem(account.alias)
    if (aliasProblem)
      issues.push({ code: 'ValidationError', message: aliasProblem, path: ['alias'] })
  }
  if (world.accounts.has(account.id)) {
    issues.push({
      code: 'EntityAlreadyExists',
      message: `The account ${account.id} is already part of the world.`,
      path: ['id'],
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  const accounts = withEntry(world.accounts, account.id, emptyAccount(account.id, account.alias))
  return { ok: true, world: { ...world, accounts } }
}
