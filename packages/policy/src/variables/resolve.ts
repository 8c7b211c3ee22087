/**
 * Resolving policy variables against a request context.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 *
 * - Key names compare case-insensitively, tag-key parts included (`${aws:PrincipalTag/Team}`
 *   reads the `team` tag): the context's keys are folded to lower case, and so is the variable's.
 * - Only single-valued keys can be variables: a key whose request value is a list is
 *   unresolvable ("you can't use a multivalued context key as a policy variable",
 *   reference_policies_condition-single-vs-multi-valued-context-keys).
 * - A default value is used when the key is absent from the request. AWS says "if a variable is
 *   not present"; we do not use it for a multivalued key, which is present (unconfirmed).
 * - `${*}`, `${?}`, `${$}` become `*`, `?`, `$`.
 * - In a pattern, the text a variable brings (its request value) and the escapes are literal:
 *   a `*` in them never acts as a wildcard. A default value is policy text, written by the
 *   policy's author, and keeps its wildcards (unconfirmed; AWS's docs are silent).
 */
import type { RequestContext } from '../request.ts'
import { parseTemplate, type TemplatePart } from './template.ts'

/** A run of resolved text; `literal` when its `*` and `?` must not act as wildcards. */
export interface ResolvedPiece {
  readonly text: string
  readonly literal: boolean
}

/** The result of resolving a parsed template: its pieces, or the keys it could not resolve. */
export type TemplateResolution =
  | { readonly ok: true; readonly pieces: readonly ResolvedPiece[] }
  | { readonly ok: false; readonly missing: readonly string[] }

/** The result of {@link resolveVariables}. */
export type VariableResolution =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly missing: string[] }

/** Resolves parsed template parts, keeping track of which text is literal. */
export function resolveTemplate(
  parts: readonly TemplatePart[],
  context: RequestContext,
): TemplateResolution {
  const pieces: ResolvedPiece[] = []
  let missing: string[] | undefined
  for (const part of parts) {
    if (part.kind === 'text') pieces.push({ text: part.text, literal: false })
    else if (part.kind === 'escape') pieces.push({ text: part.char, literal: true })
    else {
      const value = context.get(part.key.toLowerCase())
      if (typeof value === 'string') pieces.push({ text: value, literal: true })
      else if (value === undefined && part.fallback !== undefined) {
        pieces.push({ text: part.fallback, literal: false })
      } else if (missing === undefined) missing = [part.key]
      else if (!missing.includes(part.key)) missing.push(part.key)
    }
  }
  return missing === undefined ? { ok: true, pieces } : { ok: false, missing }
}

/**
 * Replaces every `${…}` in `template` with its value from `context`. Fails, naming the keys,
 * when a variable has neither a single value in the request nor a default.
 */
export function resolveVariables(template: string, context: RequestContext): VariableResolution {
  const resolution = resolveTemplate(parseTemplate(template), context)
  if (!resolution.ok) return { ok: false, missing: [...resolution.missing] }
  let value = ''
  for (const piece of resolution.pieces) value += piece.text
  return { ok: true, value }
}
