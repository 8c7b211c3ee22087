/**
 * The words a highlighted statement carries beside it in a policy view: what it did to the
 * request, so the highlight never relies on its colour.
 */
import type { JsonPath } from '@hatrack/policy'
import type { StatementHighlight } from '../core/types.ts'

/** "✓ allowed this request", "✗ denied this request", "closest: Condition did not match". */
export function statementBadge(highlight: StatementHighlight): string {
  switch (highlight.tone) {
    case 'allow':
      return '✓ allowed this request'
    case 'deny':
      return '✗ denied this request'
    case 'near': {
      const element = failingElement(highlight.path)
      return element === undefined ? 'closest: did not apply' : `closest: ${element} did not match`
    }
  }
}

/** The statement element a path points into: `Condition` for `['Statement', 0, 'Condition', …]`. */
export function failingElement(path: JsonPath | undefined): string | undefined {
  if (path === undefined) return undefined
  const statement = path.findIndex((segment) => String(segment).toLowerCase() === 'statement')
  const rest = path.slice(statement + 1).filter((segment) => typeof segment === 'string')
  const element = rest[0]
  return element === undefined ? undefined : String(element)
}
