/**
 * Rewriting the `AWS` entries of the `Principal` and `NotPrincipal` elements of a policy, in
 * the JSON document and in its parsed form alike. The unique-id transform and its display
 * (iam-facts §2) are both such rewrites. Nothing is mutated: changed parts are copied.
 */
import type { Policy } from '@hatrack/policy'

/** A copy of the JSON `document` whose `Principal.AWS` / `NotPrincipal.AWS` strings went through `map`. */
export function mapDocumentPrincipals(document: unknown, map: (entry: string) => string): unknown {
  if (!isRecord(document) || !('Statement' in document)) return document
  const statements = document.Statement
  const mapped = Array.isArray(statements)
    ? statements.map((statement: unknown) => mapStatement(statement, map))
    : mapStatement(statements, map)
  return { ...document, Statement: mapped }
}

/** A copy of the parsed `policy` whose principal `aws` entries went through `map`. */
export function mapPolicyPrincipals(policy: Policy, map: (entry: string) => string): Policy {
  return {
    ...policy,
    statements: policy.statements.map((statement) =>
      statement.principal
        ? {
            ...statement,
            principal: { ...statement.principal, aws: statement.principal.aws.map(map) },
          }
        : statement,
    ),
  }
}

/** Every `AWS` principal entry of the parsed policy, `Principal` and `NotPrincipal` alike. */
export function awsPrincipalEntries(policy: Policy): string[] {
  return policy.statements.flatMap((statement) => statement.principal?.aws ?? [])
}

function mapStatement(statement: unknown, map: (entry: string) => string): unknown {
  if (!isRecord(statement)) return statement
  let copy: Record<string, unknown> | undefined
  for (const key of ['Principal', 'NotPrincipal'] as const) {
    const element = statement[key]
    if (!isRecord(element) || !('AWS' in element)) continue
    const aws = element.AWS
    const mapped =
      typeof aws === 'string'
        ? map(aws)
        : Array.isArray(aws)
          ? aws.map((entry: unknown) => (typeof entry === 'string' ? map(entry) : entry))
          : aws
    copy ??= { ...statement }
    copy[key] = { ...element, AWS: mapped }
  }
  return copy ?? statement
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
