/**
 * Whether a document can have a say on a request: one of its statements matches the action and
 * the resource (`NotAction` and `NotResource` by what they leave out), conditions and principals
 * aside. The reader's world and the solution's differ only by that document, so a request
 * neither version has a say on is decided alike in both and needs no probe.
 */
import { matchAction, matchResource, type Policy } from '@hatrack/policy'

function some(patterns: readonly string[], test: (pattern: string) => boolean): boolean {
  return patterns.some(test)
}

/** Whether some statement of `policies` matches `action` on `resource`. */
export function applies(policies: readonly Policy[], action: string, resource: string): boolean {
  return policies.some((policy) =>
    policy.statements.some((statement) => {
      const byAction = some(statement.action.patterns, (pattern) => matchAction(pattern, action))
      if (byAction === statement.action.negated) return false
      const element = statement.resource
      if (element === undefined) return true
      // A policy variable is resolved per request: take it to match.
      const byResource = some(
        element.patterns,
        (pattern) => pattern.includes('${') || matchResource(pattern, resource),
      )
      return byResource !== element.negated
    }),
  )
}
