/**
 * The state one parse carries: the kind of policy, its rules, and the issues found so far.
 */
import type { JsonPath, PolicyKind } from '../ast.ts'
import { createPolicyIssue, type IssueLocation, type PolicyIssue } from '../issues/issue.ts'
import type { PolicyIssueCode } from '../issues/registry.ts'
import type { JsonEntry, JsonNode } from '../json/node.ts'
import { kindRules, type KindRules } from './kinds/rules.ts'

/** The state of one parse. */
export interface ParseContext {
  readonly kind: PolicyKind
  readonly rules: KindRules
  /** Issues in the order they were found. */
  readonly issues: PolicyIssue[]
  /** Whether policy variables are resolved: only in documents with `Version` 2012-10-17. */
  variablesActive: boolean
  /** Whether the one warning about variables being plain text was given. */
  literalVariableReported: boolean
  /** The document's root value, set once it is read. */
  root: JsonNode | undefined
  /** Records an issue of `code` at `where`; `awsError` overrides the registry's. */
  report(
    code: PolicyIssueCode,
    where: IssueLocation,
    message: string,
    hint?: string,
    awsError?: string,
  ): void
}

/** AWS Organizations names its malformed-document error differently from IAM. */
const ORGANIZATIONS_ERRORS: Readonly<Record<string, string>> = {
  MalformedPolicyDocument: 'MalformedPolicyDocumentException',
}

/** Starts a parse of a policy of `kind`. */
export function createParseContext(kind: PolicyKind): ParseContext {
  const issues: PolicyIssue[] = []
  const organizations = kind === 'scp' || kind === 'rcp'
  return {
    kind,
    rules: kindRules[kind],
    issues,
    variablesActive: false,
    literalVariableReported: false,
    root: undefined,
    report(code, where, message, hint, awsError) {
      const issue = createPolicyIssue(code, where, message, { hint, awsError })
      const renamed =
        organizations && issue.awsError !== undefined
          ? ORGANIZATIONS_ERRORS[issue.awsError]
          : undefined
      issues.push(renamed === undefined ? issue : { ...issue, awsError: renamed })
    },
  }
}

function lastEntry(
  node: { readonly entries: readonly JsonEntry[] },
  key: string,
): JsonEntry | undefined {
  for (let i = node.entries.length - 1; i >= 0; i--)
    if (node.entries[i]?.key === key) return node.entries[i]
  return undefined
}

/** The value at `path` under `root` (a repeated property name gives its last value). */
export function nodeAt(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  let node = root
  for (const step of path) {
    if (node === undefined) return undefined
    if (node.kind === 'array' && typeof step === 'number') node = node.items[step]
    else if (node.kind === 'object' && typeof step === 'string') node = lastEntry(node, step)?.value
    else return undefined
  }
  return node
}

/**
 * The location of the `index`th string of a string-or-array element at `path` (`Action`,
 * `Resource`): the element itself when it is a single string.
 */
export function itemAt(ctx: ParseContext, path: JsonPath, index: number): IssueLocation {
  const element = nodeAt(ctx.root, path)
  if (element?.kind !== 'array') return at(path, element)
  const itemPath = [...path, index]
  return at(itemPath, element.items[index])
}

/** The location of the value at `path` of the document. */
export function atPath(ctx: ParseContext, path: JsonPath): IssueLocation {
  return at(path, nodeAt(ctx.root, path))
}

/** The location of a value. */
export function at(path: JsonPath, node: JsonNode | undefined): IssueLocation {
  return { path, position: node?.position }
}

/** The location of a property: its name, where the eye looks for it. */
export function atKey(path: JsonPath, entry: JsonEntry): IssueLocation {
  return { path, position: entry.keyPosition ?? entry.value.position }
}

/** The properties of an object by name; a repeated name keeps its last value, as `JSON.parse` does. */
export function entriesByKey(node: {
  readonly entries: readonly JsonEntry[]
}): ReadonlyMap<string, JsonEntry> {
  const map = new Map<string, JsonEntry>()
  for (const entry of node.entries) map.set(entry.key, entry)
  return map
}

/** `value` quoted in backticks for a message, shortened when long. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value
  return `\`${shown}\``
}
