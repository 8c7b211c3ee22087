/**
 * A compiled `Resource` / `NotResource` element. Entries without policy variables are compiled
 * once; an entry with `${…}` in its resource part (after the fifth colon) is resolved per
 * request, its variables' values taken literally, and matches nothing when a variable cannot be
 * resolved (iam-facts §5; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 * Variables elsewhere in the ARN, and in policies whose Version is not 2012-10-17, are literal text.
 */
import {
  compileResourceComponents,
  compileResourcePattern,
  compileWildcard,
  compileWildcardSegments,
  hasVariables,
  parseTemplate,
  resolveTemplate,
  splitArn,
  type ResourceElement,
  type TemplatePart,
  type WildcardMatcher,
  type WildcardPart,
} from '@hatrack/policy'
import type { RequestEnv } from '../evaluate/env.ts'

/** How one entry resolved for a request: the pattern it became, or the keys it lacked. */
export type ResolvedEntry =
  | { readonly pattern: string; readonly resolved: string; readonly matched: boolean }
  | { readonly pattern: string; readonly missing: readonly string[] }

/** One `Resource` entry, ready to test a request. */
export interface ResourceEntry {
  readonly pattern: string
  /** `true` when the entry holds policy variables resolved per request. */
  readonly templated: boolean
  test(env: RequestEnv): boolean
  /** The explanation's view: what the pattern resolved to, and whether it matched. */
  resolve(env: RequestEnv): ResolvedEntry
}

/** A compiled `Resource` or `NotResource` element. */
export interface CompiledResource {
  readonly negated: boolean
  readonly entries: readonly ResourceEntry[]
  /** Whether the element matches the request (negation applied). */
  matches(env: RequestEnv): boolean
}

/** Compiles a resource element; `variables` is true for policies with Version 2012-10-17. */
export function compileResource(element: ResourceElement, variables: boolean): CompiledResource {
  const entries = element.patterns.map((pattern) => compileEntry(pattern, variables))
  const negated = element.negated
  const first = entries[0]
  if (entries.length === 1 && first !== undefined) {
    return {
      negated,
      entries,
      matches: negated ? (env) => !first.test(env) : (env) => first.test(env),
    }
  }
  const any = (env: RequestEnv): boolean => {
    for (const entry of entries) if (entry.test(env)) return true
    return false
  }
  return { negated, entries, matches: negated ? (env) => !any(env) : any }
}

function compileEntry(pattern: string, variables: boolean): ResourceEntry {
  const parts = splitArn(pattern)
  const tail = parts[5]
  if (!variables || parts.length !== 6 || tail === undefined || !hasVariables(tail)) {
    const match = compileResourcePattern(pattern)
    return {
      pattern,
      templated: false,
      test: (env) => match(env.request.resource),
      resolve: (env) => ({ pattern, resolved: pattern, matched: match(env.request.resource) }),
    }
  }
  return templatedEntry(pattern, parts.slice(0, 5), parseTemplate(tail))
}

/** An entry whose sixth component holds policy variables. */
function templatedEntry(
  pattern: string,
  head: readonly string[],
  tail: readonly TemplatePart[],
): ResourceEntry {
  const headMatches = compileResourceComponents(
    head.slice(0, -1),
    compileWildcard(head[4] ?? ''),
    false,
  )
  const prefix = head.join(':') + ':'
  // The last resolution is kept: one caller's requests resolve to the same pattern again and again.
  let lastKey: string | undefined
  let lastMatch: WildcardMatcher = () => false
  let lastText = ''
  const resolveTail = (env: RequestEnv): readonly string[] | undefined => {
    const resolution = resolveTemplate(tail, env.context)
    if (!resolution.ok) return resolution.missing
    let key = ''
    for (const piece of resolution.pieces) key += (piece.literal ? '\u0001' : '\u0002') + piece.text
    if (key === lastKey) return undefined
    const parts: WildcardPart[] = []
    let text = ''
    for (const piece of resolution.pieces) {
      text += piece.text
      if (piece.literal) parts.push({ literal: piece.text })
      else pushPattern(parts, piece.text)
    }
    lastKey = key
    lastMatch = compileWildcardSegments(parts)
    lastText = text
    return undefined
  }
  const test = (env: RequestEnv): boolean => {
    const resource = env.request.resource
    const cut = fifthColon(resource)
    if (cut < 0 || !headMatches(resource.slice(0, cut))) return false
    return resolveTail(env) === undefined && lastMatch(resource.slice(cut + 1))
  }
  return {
    pattern,
    templated: true,
    test,
    resolve: (env) => {
      const missing = resolveTail(env)
      if (missing !== undefined) return { pattern, missing }
      return { pattern, resolved: prefix + lastText, matched: test(env) }
    },
  }
}

/** Appends policy text to `parts`, where `*` and `?` are wildcards. */
function pushPattern(parts: WildcardPart[], text: string): void {
  let literal = ''
  for (const ch of text) {
    if (ch === '*' || ch === '?') {
      if (literal !== '') parts.push({ literal })
      literal = ''
      parts.push(ch === '*' ? { star: true } : { any: true })
    } else literal += ch
  }
  if (literal !== '') parts.push({ literal })
}

/** The index of the fifth colon of `value`, or -1. */
function fifthColon(value: string): number {
  let at = -1
  for (let i = 0; i < 5; i += 1) {
    at = value.indexOf(':', at + 1)
    if (at < 0) return -1
  }
  return at
}
