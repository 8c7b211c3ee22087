/**
 * Test support (not exported by the package): builds the normalized policy AST from a plain IAM
 * JSON document, without the parser, so the engine's unit tests do not depend on it. Accepts
 * only well-formed documents; it is not a validator.
 */
import type {
  ConditionClause,
  ConditionOperatorName,
  Policy,
  PolicyKind,
  PrincipalElement,
  SetOperator,
  Statement,
} from '@hatrack/policy'
import type { NamedPolicy } from '../../src/types.ts'

type Values = string | readonly string[]

/** One statement as written in IAM JSON. */
export interface StatementJson {
  readonly Sid?: string
  readonly Effect: 'Allow' | 'Deny'
  readonly Principal?: '*' | Readonly<Record<string, Values>>
  readonly NotPrincipal?: '*' | Readonly<Record<string, Values>>
  readonly Action?: Values
  readonly NotAction?: Values
  readonly Resource?: Values
  readonly NotResource?: Values
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, Values | boolean | number>>>>
}

/** A policy document as written in IAM JSON. */
export interface PolicyJson {
  readonly Version?: '2012-10-17' | '2008-10-17'
  readonly Statement: readonly StatementJson[]
}

const OPERATORS: readonly ConditionOperatorName[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
]

const list = (values: Values | undefined): string[] =>
  values === undefined ? [] : typeof values === 'string' ? [values] : [...values]

/** Builds a named policy of `kind` from IAM JSON. */
export function named(
  name: string,
  kind: PolicyKind,
  document: PolicyJson,
  arn?: string,
): NamedPolicy {
  return { name, ...(arn === undefined ? {} : { arn }), policy: buildPolicy(kind, document) }
}

/** Builds the AST of an IAM JSON document. */
export function buildPolicy(kind: PolicyKind, document: PolicyJson): Policy {
  return {
    kind,
    version: document.Version,
    id: undefined,
    statements: document.Statement.map((statement, index) => buildStatement(statement, index)),
  }
}

function buildStatement(json: StatementJson, index: number): Statement {
  const path = ['Statement', index] as const
  const principalJson = json.Principal ?? json.NotPrincipal
  const resource = json.Resource ?? json.NotResource
  return {
    index,
    path,
    sid: json.Sid,
    effect: json.Effect,
    principal:
      principalJson === undefined
        ? undefined
        : buildPrincipal(principalJson, json.NotPrincipal !== undefined, [
            ...path,
            json.NotPrincipal ? 'NotPrincipal' : 'Principal',
          ]),
    action: {
      negated: json.NotAction !== undefined,
      patterns: list(json.Action ?? json.NotAction),
      path: [...path, json.NotAction ? 'NotAction' : 'Action'],
    },
    resource:
      resource === undefined
        ? undefined
        : {
            negated: json.NotResource !== undefined,
            patterns: list(resource),
            path: [...path, json.NotResource ? 'NotResource' : 'Resource'],
          },
    conditions: Object.entries(json.Condition ?? {}).flatMap(([operator, keys]) =>
      Object.entries(keys).map(([key, value]) =>
        buildClause(operator, key, value, [...path, 'Condition', operator, key]),
      ),
    ),
  }
}

function buildPrincipal(
  json: '*' | Readonly<Record<string, Values>>,
  negated: boolean,
  path: readonly (string | number)[],
): PrincipalElement {
  if (json === '*')
    return { negated, wildcard: true, aws: [], service: [], federated: [], canonicalUser: [], path }
  const aws = list(json.AWS)
  return {
    negated,
    wildcard: aws.includes('*'),
    aws: aws.filter((entry) => entry !== '*'),
    service: list(json.Service),
    federated: list(json.Federated),
    canonicalUser: list(json.CanonicalUser),
    path,
  }
}

function buildClause(
  operator: string,
  key: string,
  value: Values | boolean | number,
  path: readonly (string | number)[],
): ConditionClause {
  let rest = operator
  let set: SetOperator | undefined
  for (const prefix of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix
      rest = rest.slice(prefix.length + 1)
    }
  }
  const ifExists = rest.endsWith('IfExists')
  if (ifExists) rest = rest.slice(0, -'IfExists'.length)
  const base = OPERATORS.find((name) => name === rest)
  const values =
    typeof value === 'boolean' || typeof value === 'number' ? [String(value)] : list(value)
  return { operator, base, set, ifExists, key, values, path }
}
