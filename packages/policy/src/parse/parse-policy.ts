/**
 * `parsePolicy`: from a document (JSON text, or a value such as a YAML loader gives) to the
 * normalized {@link Policy}, or to the list of issues AWS would refuse it for. It never throws on
 * any input: bad input becomes issues, each with a JSON path and, for text, a line and a column.
 *
 * Phases: characters → JSON → document and statements (with the rules of the policy's kind) →
 * size quota. Warnings (documents AWS accepts but that are probably mistakes) do not stop a
 * parse: they come back with the policy.
 */
import type { Policy, PolicyKind } from '../ast.ts'
import type { PolicyIssue } from '../issues/issue.ts'
import { jsonNodeFromValue } from '../json/from-value.ts'
import type { JsonNode } from '../json/node.ts'
import { parseJsonText } from '../json/parse-text.ts'
import { checkPolicySize, type InlinePolicyHolder } from '../quota/check-policy-size.ts'
import { checkTextCharacters, checkValueCharacters } from './characters.ts'
import { createParseContext, type ParseContext } from './context.ts'
import { readDocument } from './document.ts'
import { isFrozenDocument } from './frozen-documents.ts'

/** Options of {@link parsePolicy}. */
export interface ParsePolicyOptions {
  /** What the document is: its kind decides which elements it may hold and its size quota. */
  readonly kind: PolicyKind
  /** The file the document came from, for callers that gather issues from several files. */
  readonly fileName?: string
  /**
   * For identity policies and boundaries: the document is an inline policy of this holder, so
   * its size is held to the holder's inline quota (2,048 for a user, 10,240 for a role, 5,120
   * for a group) rather than the managed-policy quota of 6,144. The quota is an aggregate of all
   * the holder's inline policies; `checkInlinePolicySizes` checks them together.
   */
  readonly inline?: InlinePolicyHolder
  /**
   * The document is an AWS managed policy: IAM's size quotas hold customer policies only (the
   * real ReadOnlyAccess is well over 100,000 characters), so no quota is applied.
   */
  readonly awsManaged?: boolean
}

/** The result of {@link parsePolicy}: the policy and its warnings, or every issue found. */
export type PolicyParseResult =
  | { readonly ok: true; readonly policy: Policy; readonly warnings: PolicyIssue[] }
  | { readonly ok: false; readonly issues: PolicyIssue[] }

function readJson(input: unknown, ctx: ParseContext): JsonNode | undefined {
  if (typeof input === 'string') {
    checkTextCharacters(input, ctx)
    const parsed = parseJsonText(input)
    if (!parsed.ok) {
      const { error } = parsed
      ctx.report(
        error.tooDeep ? 'policy.json.tooDeep' : 'policy.json.syntax',
        { path: error.path, position: error.position },
        error.message,
        error.hint,
      )
      return undefined
    }
    for (const duplicate of parsed.duplicateKeys) {
      ctx.report(
        'policy.json.duplicateKey',
        { path: duplicate.path, position: duplicate.position },
        `\`${duplicate.key}\` appears twice in the same object (first at line ${duplicate.firstPosition.line}, column ${duplicate.firstPosition.column})`,
        'keep one of them: merge their values into an array if you need both',
      )
    }
    return parsed.root
  }
  const converted = jsonNodeFromValue(input)
  if (!converted.ok) {
    ctx.report(
      converted.tooDeep ? 'policy.json.tooDeep' : 'policy.json.notJson',
      { path: converted.path },
      converted.message,
    )
    return undefined
  }
  checkValueCharacters(converted.root, ctx)
  return converted.root
}

/** What was read of documents that cannot change, by the options that change the reading. */
const remembered = new WeakMap<object, Map<string, PolicyParseResult>>()
const rememberedText = new Map<string, PolicyParseResult>()
/** The texts remembered at most (the oldest is forgotten first). */
const MAX_TEXTS = 256

function optionsKey(options: ParsePolicyOptions): string {
  return `${options.kind}|${options.inline ?? ''}|${options.awsManaged === true ? 'aws' : ''}`
}

/**
 * `result`, frozen down to its issues and statements, so that the callers sharing it cannot
 * change it.
 */
function sealed(result: PolicyParseResult): PolicyParseResult {
  for (const issue of result.ok ? result.warnings : result.issues) Object.freeze(issue)
  Object.freeze(result.ok ? result.warnings : result.issues)
  if (result.ok) {
    for (const statement of result.policy.statements) Object.freeze(statement)
    Object.freeze(result.policy.statements)
    Object.freeze(result.policy)
  }
  return Object.freeze(result)
}

/**
 * Parses and validates a policy document of `options.kind`. Messages use AWS's own words where
 * AWS has them; every issue has a code of `policyIssueCodes`.
 *
 * The result of a text, or of a document marked by `freezeDocument`, is kept and given again
 * (frozen) for the same document and options: parsing is a pure function of them.
 */
export function parsePolicy(
  input: string | unknown,
  options: ParsePolicyOptions,
): PolicyParseResult {
  const key = optionsKey(options)
  if (typeof input === 'string') {
    const textKey = `${key}\n${input}`
    const known = rememberedText.get(textKey)
    if (known !== undefined) return known
    const result = sealed(parseOnce(input, options))
    if (rememberedText.size >= MAX_TEXTS) {
      const oldest = rememberedText.keys().next()
      if (oldest.done !== true) rememberedText.delete(oldest.value)
    }
    rememberedText.set(textKey, result)
    return result
  }
  if (!isFrozenDocument(input)) return parseOnce(input, options)
  let byOptions = remembered.get(input)
  if (byOptions === undefined) remembered.set(input, (byOptions = new Map()))
  let result = byOptions.get(key)
  if (result === undefined) byOptions.set(key, (result = sealed(parseOnce(input, options))))
  return result
}

function parseOnce(input: string | unknown, options: ParsePolicyOptions): PolicyParseResult {
  const ctx = createParseContext(options.kind)
  const root = readJson(input, ctx)
  const document = root === undefined ? undefined : readDocument(root, ctx)
  if (root !== undefined && !options.awsManaged) {
    const size = checkPolicySize(input, options.kind, { inline: options.inline })
    if (size !== undefined) ctx.issues.push(size)
  }
  if (document === undefined || ctx.issues.some((issue) => issue.severity === 'error')) {
    return { ok: false, issues: ctx.issues }
  }
  return {
    ok: true,
    policy: {
      kind: options.kind,
      version: document.version,
      id: document.id,
      statements: document.statements,
    },
    warnings: ctx.issues,
  }
}
