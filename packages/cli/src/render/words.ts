/** The words the terminal output uses for AWS's names: gates, decisions, paths, times. */
import type { GateName, StatementRef } from '@hatrack/engine'
import type { JsonPath } from '@hatrack/policy'

/** Each gate in words, in AWS's order of evaluation. */
export const gateTitles: Readonly<Record<GateName, string>> = {
  rcp: 'resource control policies',
  scp: 'service control policies',
  resource: 'resource-based policy',
  trust: 'trust policy',
  identity: 'identity-based policies',
  boundary: 'permissions boundary',
  session: 'session policies',
}

/** A JSON path as a reader writes it: `Statement[0].Condition.Bool`. */
export function formatPath(path: JsonPath): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`
    else text += `[${JSON.stringify(part)}]`
  }
  return text
}

/** A statement: `AmazonRDSFullAccess, statement 2 "AllowRDS" (Allow)`. */
export function statementWords(ref: StatementRef): string {
  const sid = ref.sid === undefined || ref.sid === '' ? '' : ` ${JSON.stringify(ref.sid)}`
  return `${ref.policy}, statement ${ref.index + 1}${sid} (${ref.effect})`
}

/** `2026-01-01T09:00:00.000Z` → its date and its time of day, UTC. */
export function splitInstant(iso: string): { readonly date: string; readonly time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(iso)
  if (match === null) return { date: '', time: iso }
  const fraction = match[3] === undefined || /^\.0*$/.test(match[3]) ? '' : match[3]
  return { date: match[1] ?? '', time: `${match[2] ?? ''}${fraction}` }
}

/** A value of a request context or a policy, as text. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined) return '(absent)'
  if (typeof value === 'string') return `\`${value}\``
  if (Array.isArray(value)) return `[${value.map(valueWords).join(', ')}]`
  return `\`${JSON.stringify(value)}\``
}
