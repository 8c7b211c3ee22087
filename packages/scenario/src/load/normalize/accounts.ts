/** Accounts: their ids (12 digits, unique) and references to them by name, id or alias. */
import type { JsonPath } from '@hatrack/policy'
import type { AccountDecl } from '../../format/world.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { issue, type PendingIssue } from '../issues/index.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import type { Context } from './context.ts'

/** The accounts of the scenario, in order, and the issues of duplicate ids. */
export function readAccounts(raw: ScenarioInput): {
  accounts: AccountDecl[]
  issues: PendingIssue[]
} {
  const accounts: AccountDecl[] = []
  const issues: PendingIssue[] = []
  const seen = new Map<string, string>()
  for (const [key, account] of Object.entries(raw.accounts)) {
    const other = seen.get(account.id)
    if (other !== undefined) {
      issues.push(
        issue(
          'scenario.world.duplicateAccountId',
          ['accounts', key, 'id'],
          `accounts ${code(other)} and ${code(key)} have the same id ${code(account.id)}`,
          {
            hint: 'give each account its own 12-digit id',
          },
        ),
      )
    }
    seen.set(account.id, key)
    accounts.push({ key, id: account.id, alias: account.alias, rootMfa: account.rootMfa ?? false })
  }
  return { accounts, issues }
}

/** The account `ref` names (its key, its id or its alias), or `undefined` after an issue. */
export function resolveAccount(ctx: Context, ref: string, path: JsonPath): AccountDecl | undefined {
  const found =
    ctx.accountsByKey.get(ref) ??
    ctx.accountsById.get(ref) ??
    ctx.accounts.find((account) => account.alias === ref)
  if (found !== undefined) return found
  const keys = ctx.accounts.map((account) => account.key)
  ctx.report(
    'scenario.reference.unknownAccount',
    path,
    /^\d{12}$/.test(ref) ? `no account has the id ${code(ref)}` : `unknown account ${code(ref)}`,
    suggestion(closestNames(ref, keys), keys, 'accounts'),
  )
  return undefined
}
