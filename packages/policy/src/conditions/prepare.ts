/**
 * Reading a clause's policy values once, for both evaluators: the operator from the registry,
 * each value read for it (dates, numbers, CIDR ranges, wildcard matchers), and a resolver for
 * the values that hold policy variables, read again per request only when their resolved text
 * changes. Anything that makes the clause impossible to evaluate, whatever the request, is found
 * here.
 */
import type { ConditionClause } from '../ast.ts'
import type { ContextValue, RequestContext } from '../request.ts'
import { resolveTemplate, type ResolvedPiece } from '../variables/resolve.ts'
import { hasVariables, parseTemplate, type TemplatePart } from '../variables/template.ts'
import type { ConditionOperator } from './operator.ts'
import { conditionOperators } from './registry.ts'
import { joinPieces } from './values/like.ts'

/** One policy value for one request: read, unresolvable (it matches nothing), or unreadable. */
export type SlotValue =
  | { readonly status: 'value'; readonly value: unknown; readonly display: string }
  | { readonly status: 'unresolved'; readonly missing: readonly string[]; readonly display: string }
  | { readonly status: 'invalid'; readonly reason: string; readonly display: string }

/** One policy value of a clause. */
export interface PolicySlot {
  /** The value as written. */
  readonly raw: string
  /** The value when it does not depend on the request (no policy variables in it). */
  readonly fixed: SlotValue | undefined
  /** The value for one request (returns `fixed` when there is one). */
  readonly resolve: (context: RequestContext) => SlotValue
}

/** A clause ready to evaluate, or the reason it never can be. */
export type PreparedClause =
  | {
      readonly status: 'ready'
      readonly operator: ConditionOperator
      /** The key folded to lower case, as the request context holds it. */
      readonly key: string
      readonly slots: readonly PolicySlot[]
      /** Whether some value holds policy variables. */
      readonly dynamic: boolean
    }
  | { readonly status: 'broken'; readonly reason: string }

const cache = new WeakMap<
  ConditionClause,
  { variables?: PreparedClause; literal?: PreparedClause }
>()

/** Prepares `clause` (memoized per clause object and `variables` setting). */
export function prepareClause(clause: ConditionClause, variables: boolean): PreparedClause {
  let entry = cache.get(clause)
  if (entry === undefined) {
    entry = {}
    cache.set(clause, entry)
  }
  if (variables) return (entry.variables ??= prepare(clause, true))
  return (entry.literal ??= prepare(clause, false))
}

function prepare(clause: ConditionClause, variables: boolean): PreparedClause {
  const operatorText = `\`${clause.operator}\``
  if (clause.base === undefined) {
    return { status: 'broken', reason: `${operatorText} is not a condition operator AWS knows` }
  }
  const operator = conditionOperators[clause.base]
  if (operator.family === 'Null' && clause.ifExists) {
    return {
      status: 'broken',
      reason: `${operatorText} is not an operator: AWS allows \`IfExists\` on every condition operator except \`Null\``,
    }
  }
  if (operator.family === 'Null' && clause.set !== undefined) {
    return {
      status: 'broken',
      reason: `\`Null\` only checks whether a key is present, and AWS does not define it with \`${clause.set}:\``,
    }
  }
  const slots: PolicySlot[] = []
  let dynamic = false
  for (const raw of clause.values) {
    if (variables && operator.variables && hasVariables(raw)) {
      dynamic = true
      slots.push(dynamicSlot(raw, parseTemplate(raw), operator))
      continue
    }
    const fixed = read(operator, [{ text: raw, literal: false }])
    if (fixed.status === 'invalid') return { status: 'broken', reason: fixed.reason }
    slots.push({ raw, fixed, resolve: () => fixed })
  }
  return { status: 'ready', operator, key: clause.key.toLowerCase(), slots, dynamic }
}

function read(operator: ConditionOperator, pieces: readonly ResolvedPiece[]): SlotValue {
  const display = joinPieces(pieces)
  const result = operator.comparer.readPolicy(pieces)
  return result.ok
    ? { status: 'value', value: result.value, display }
    : { status: 'invalid', reason: result.reason, display }
}

/**
 * A value with policy variables: resolved per request, and read again only when the request
 * values of its variables change (compared by identity: a request context keeps its values).
 */
function dynamicSlot(
  raw: string,
  parts: readonly TemplatePart[],
  operator: ConditionOperator,
): PolicySlot {
  const keys = parts.flatMap((part) => (part.kind === 'variable' ? [part.key.toLowerCase()] : []))
  let lastInputs: (ContextValue | undefined)[] | undefined
  let lastValue: SlotValue | undefined
  return {
    raw,
    fixed: undefined,
    resolve: (context) => {
      if (
        lastInputs !== undefined &&
        lastValue !== undefined &&
        sameInputs(keys, lastInputs, context)
      ) {
        return lastValue
      }
      const resolution = resolveTemplate(parts, context)
      lastValue = resolution.ok
        ? read(operator, resolution.pieces)
        : { status: 'unresolved', missing: resolution.missing, display: raw }
      lastInputs = keys.map((key) => context.get(key))
      return lastValue
    },
  }
}

function sameInputs(
  keys: readonly string[],
  inputs: readonly (ContextValue | undefined)[],
  context: RequestContext,
): boolean {
  for (let i = 0; i < keys.length; i += 1) {
    if (context.get(keys[i] as string) !== inputs[i]) return false
  }
  return true
}
