/**
 * Policy documents inside a scenario, checked with @hatrack/policy's `parsePolicy` with the kind
 * their place gives them (trust, identity, resource, SCP, RCP, session). The parser's issues keep
 * their codes and move into the scenario: their JSON path is prefixed with the document's, and
 * their line and column become the file's (through the JSON text for a document given as text).
 */
import {
  freezeDocument,
  parsePolicy,
  type InlinePolicyHolder,
  type JsonPath,
  type PolicyKind,
} from '@hatrack/policy'
import type { PolicyDocument } from '../../format/policy.ts'
import type { Context } from './context.ts'

/** Parses the document at `path`; `undefined` when it has errors (they are reported). */
export function readPolicyDocument(
  ctx: Context,
  input: string | object,
  path: JsonPath,
  kind: PolicyKind,
  inline?: InlinePolicyHolder,
): PolicyDocument | undefined {
  // A scenario's documents never change once read: frozen, they are parsed once, here, and the
  // model's storing them and the details views reuse this reading.
  freezeDocument(input)
  const result = parsePolicy(input, inline === undefined ? { kind } : { kind, inline })
  const found = result.ok ? result.warnings : result.issues
  for (const problem of found) {
    const at =
      typeof input === 'string' && problem.line !== undefined && problem.column !== undefined
        ? ctx.locator.locateInText(path, problem.line, problem.column)
        : undefined
    ctx.issues.push({
      code: problem.code,
      severity: problem.severity,
      message: problem.message,
      path: [...path, ...problem.path],
      anchor: 'value',
      ...(problem.hint === undefined ? {} : { hint: problem.hint }),
      ...(problem.awsError === undefined ? {} : { awsError: problem.awsError }),
      ...(at === undefined ? {} : { at }),
    })
  }
  if (!result.ok) return undefined
  return { kind, input, policy: result.policy, path }
}
