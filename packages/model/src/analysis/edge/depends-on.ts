/**
 * The conditions an edge depends on: every clause of the statements that allow it, classified
 * (`classifyKey`) and said in words ("`sts:ExternalId` equals `abc`").
 */
import type { CompiledPolicy } from '@hatrack/engine'
import type { ConditionClause } from '@hatrack/policy'
import { classifyKey } from '../classify.ts'
import type { AnalysisPrincipalKind, EdgeCondition } from '../types.ts'

type CompiledStatement = CompiledPolicy['statements'][number]

const known = new WeakMap<CompiledStatement, Map<AnalysisPrincipalKind, readonly EdgeCondition[]>>()

/** The classified conditions of one allowing statement (one shared list per statement and caller kind). */
export function conditionsOf(
  statement: CompiledStatement,
  caller: AnalysisPrincipalKind,
): readonly EdgeCondition[] {
  let byKind = known.get(statement)
  if (byKind === undefined) {
    byKind = new Map()
    known.set(statement, byKind)
  }
  let list = byKind.get(caller)
  if (list === undefined) {
    list = Object.freeze(classified(statement, caller))
    byKind.set(caller, list)
  }
  return list
}

function classified(statement: CompiledStatement, caller: AnalysisPrincipalKind): EdgeCondition[] {
  return statement.clauses.map((clause) => {
    const { kind, callerSupplied } = classifyKey(clause.key, caller)
    return {
      kind,
      key: clause.key,
      operator: clause.operator,
      values: clause.values,
      statement: statement.ref,
      callerSupplied,
      needed: neededOf(clause),
    }
  })
}

const VERBS: Readonly<Record<string, string>> = {
  StringEquals: 'equals',
  StringEqualsIgnoreCase: 'equals (any case)',
  StringNotEquals: 'does not equal',
  StringNotEqualsIgnoreCase: 'does not equal (any case)',
  StringLike: 'matches',
  StringNotLike: 'does not match',
  ArnEquals: 'is the ARN',
  ArnLike: 'matches the ARN',
  ArnNotEquals: 'is not the ARN',
  ArnNotLike: 'does not match the ARN',
  NumericEquals: '=',
  NumericNotEquals: '≠',
  NumericLessThan: '<',
  NumericLessThanEquals: '≤',
  NumericGreaterThan: '>',
  NumericGreaterThanEquals: '≥',
  DateEquals: 'is',
  DateNotEquals: 'is not',
  DateLessThan: 'is before',
  DateLessThanEquals: 'is at or before',
  DateGreaterThan: 'is after',
  DateGreaterThanEquals: 'is at or after',
  Bool: 'is',
  BinaryEquals: 'equals',
  IpAddress: 'is in',
  NotIpAddress: 'is not in',
}

/** A clause in words. */
export function neededOf(clause: ConditionClause): string {
  const key = `\`${clause.key}\``
  const values = clause.values.map((value) => `\`${value}\``).join(' or ')
  if (clause.base === 'Null')
    return clause.values.some((value) => value.toLowerCase() === 'true')
      ? `${key} is absent`
      : `${key} is present`
  const verb = clause.base === undefined ? clause.operator : (VERBS[clause.base] ?? clause.base)
  const set =
    clause.set === 'ForAllValues'
      ? 'every value of '
      : clause.set === 'ForAnyValue'
        ? 'some value of '
        : ''
  const missing = clause.ifExists ? ' (or is absent)' : ''
  return `${set}${key} ${verb} ${values}${missing}`
}
