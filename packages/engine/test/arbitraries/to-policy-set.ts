/**
 * Turns a generated {@link World} into the engine's `PolicySet`, parsing every document with
 * `parsePolicy` and its kind, so generated cases are valid inputs for the corpus too.
 */
import { parsePolicy } from '@hatrack/policy'
import type { NamedPolicy, PolicySet } from '@hatrack/engine'
import type { PolicyDoc, World } from './world.ts'

/**
 * Parses one document. A generated document the parser refuses is a bug of the generator (or
 * of the parser): it throws with the issues, so the property run shows them.
 */
export function toNamedPolicy(doc: PolicyDoc): NamedPolicy {
  const parsed = parsePolicy(doc.document, { kind: doc.kind, fileName: doc.name })
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; ')
    throw new Error(
      `generated ${doc.kind} policy ${doc.name} does not parse: ${issues}\n${JSON.stringify(doc.document)}`,
    )
  }
  return { name: doc.name, policy: parsed.policy }
}

/** The `PolicySet` of a world; absent parts stay absent. */
export function toPolicySet(world: World): PolicySet {
  return {
    identity: world.identity.map(toNamedPolicy),
    ...(world.resource !== undefined && { resource: toNamedPolicy(world.resource) }),
    ...(world.boundary !== undefined && { boundary: toNamedPolicy(world.boundary) }),
    ...(world.session !== undefined && { session: world.session.map(toNamedPolicy) }),
    ...(world.scps !== undefined && { scps: world.scps.map((level) => level.map(toNamedPolicy)) }),
    ...(world.rcps !== undefined && { rcps: world.rcps.map((level) => level.map(toNamedPolicy)) }),
    ...(world.managementAccount !== undefined && { managementAccount: world.managementAccount }),
  }
}
