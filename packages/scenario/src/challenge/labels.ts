/**
 * Names for the principals and roles a grade mentions, as the scenario calls them: "user
 * `omkar`", "role `AppRole`", "the root user of account `partner`". Anything the scenario does
 * not declare keeps the analysis's own label.
 */
import type { Scenario } from '../format/scenario.ts'

/** Labels by ARN (users, roles, root users) or account id. */
export type Labels = ReadonlyMap<string, string>

/** The scenario's labels. */
export function labelsOf(scenario: Scenario): Labels {
  const labels = new Map<string, string>()
  for (const account of scenario.accounts) {
    labels.set(`arn:aws:iam::${account.id}:root`, `the root user of account \`${account.key}\``)
    labels.set(account.id, `account \`${account.key}\``)
  }
  for (const user of scenario.users) labels.set(user.arn, `user \`${user.key}\``)
  for (const role of scenario.roles) labels.set(role.arn, `role \`${role.key}\``)
  return labels
}

/** The label of `id`, or `fallback`. */
export function labelOf(labels: Labels, id: string, fallback: string): string {
  return labels.get(id) ?? fallback
}
