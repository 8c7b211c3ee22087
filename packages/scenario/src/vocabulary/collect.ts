/**
 * The names a scenario uses that AWS defines: the actions, resource ARNs and condition keys of
 * its own policy documents (not of AWS managed policies), and those of its requests — each with
 * the JSON path where it is written.
 */
import type { JsonPath } from '@hatrack/policy'
import type { PolicyDocument } from '../format/policy.ts'
import type { Scenario } from '../format/scenario.ts'

/** One name to check, and where it is. */
export interface UsedName {
  readonly kind: 'action' | 'resource' | 'conditionKey'
  readonly value: string
  readonly path: JsonPath
}

function isPolicyDocument(value: unknown): value is PolicyDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    'policy' in value &&
    'kind' in value &&
    'path' in value &&
    'input' in value
  )
}

function fromDocument(document: PolicyDocument, out: UsedName[]): void {
  for (const statement of document.policy.statements) {
    const single = (
      element: { path: JsonPath; patterns: readonly string[] },
      kind: UsedName['kind'],
    ) => {
      element.patterns.forEach((value, index) => {
        const path =
          element.patterns.length > 1
            ? [...document.path, ...element.path, index]
            : [...document.path, ...element.path]
        out.push({ kind, value, path })
      })
    }
    single(statement.action, 'action')
    if (statement.resource !== undefined) single(statement.resource, 'resource')
    for (const clause of statement.conditions)
      out.push({
        kind: 'conditionKey',
        value: clause.key,
        path: [...document.path, ...clause.path],
      })
  }
}

function documentsIn(value: unknown, out: PolicyDocument[], depth = 0): void {
  if (depth > 8 || typeof value !== 'object' || value === null) return
  if (isPolicyDocument(value)) {
    out.push(value)
    return
  }
  for (const item of Array.isArray(value) ? value : Object.values(value))
    documentsIn(item, out, depth + 1)
}

/** Every name `scenario` uses that AWS's vocabulary covers. */
export function collectNames(scenario: Scenario): UsedName[] {
  const documents: PolicyDocument[] = []
  documentsIn(
    [
      scenario.roles,
      scenario.users,
      scenario.groups,
      scenario.policies,
      scenario.resources,
      scenario.organization?.policies ?? [],
      scenario.rolesAnywhereProfiles,
      scenario.steps.map((step) =>
        'input' in step
          ? step.input
          : 'change' in step
            ? step.change
            : 'resources' in step
              ? step.resources
              : undefined,
      ),
    ],
    documents,
  )
  const out: UsedName[] = []
  for (const document of documents) fromDocument(document, out)
  for (const step of scenario.steps) {
    if (step.kind !== 'request') continue
    out.push({ kind: 'action', value: step.action, path: [...step.path, 'request', 'action'] })
    if (step.resource.kind === 'arn' && step.resource.arn !== '*') {
      out.push({
        kind: 'resource',
        value: step.resource.arn,
        path: [...step.path, 'request', 'resource'],
      })
    }
    for (const key of Object.keys(step.context))
      out.push({
        kind: 'conditionKey',
        value: key,
        path: [...step.path, 'request', 'context', key],
      })
  }
  return out
}
