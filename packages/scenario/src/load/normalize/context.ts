/**
 * What the normalizing steps share: the issues found so far, the locator for policy documents
 * given as text, the scenario's default region, and the accounts by key and by id.
 */
import type { JsonPath } from '@hatrack/policy'
import type { AccountDecl } from '../../format/world.ts'
import { issue, type PendingIssue, type ScenarioIssueCode } from '../issues/index.ts'
import type { SourceLocator } from '../source/locator.ts'

/** The shared state of one normalization. */
export interface Context {
  readonly issues: PendingIssue[]
  readonly locator: SourceLocator
  readonly region: string
  readonly accounts: readonly AccountDecl[]
  readonly accountsByKey: ReadonlyMap<string, AccountDecl>
  readonly accountsById: ReadonlyMap<string, AccountDecl>
  /** Reports an issue of a registry code. */
  report(
    code: ScenarioIssueCode,
    path: JsonPath,
    message: string,
    hint?: string,
    anchor?: 'key' | 'value',
  ): void
}

/** A context over `accounts`. */
export function createContext(
  locator: SourceLocator,
  region: string,
  accounts: readonly AccountDecl[],
): Context {
  const issues: PendingIssue[] = []
  return {
    issues,
    locator,
    region,
    accounts,
    accountsByKey: new Map(accounts.map((account) => [account.key, account])),
    accountsById: new Map(accounts.map((account) => [account.id, account])),
    report(code, path, message, hint, anchor) {
      issues.push(issue(code, path, message, { hint, anchor }))
    },
  }
}
