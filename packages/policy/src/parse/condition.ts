/**
 * Normalizing `Condition` into {@link ConditionClause}s, one per (operator, key) pair in
 * document order, with JSON scalars turned to strings (`true` → `"true"`, `12` → `"12"`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 *
 * Decisions:
 * - An unknown operator is an error: AWS answers "Syntax errors in policy." (the reimplementation
 *   of AWS's checks in moto shows it). Hatrack says which operator, and suggests the closest.
 * - `IfExists` on `Null` is an error ("You can add IfExists to the end of any condition operator
 *   name except the Null condition operator"; IAM Access Analyzer: "Null with if exists").
 * - A condition key needs a service prefix: AWS answers "Actions/Conditions must be prefaced by
 *   a vendor, e.g., iam, sdb, ec2, etc.". Keys may hold more colons (`aws:ResourceTag/aws:…`).
 * - Values that their operator cannot read are errors (`policy.condition.invalidValue`), as
 *   the condition registry reads them; ARN values of fewer than six parts are only warned
 *   about, since AWS accepts them but the evaluator cannot compare them part by part.
 * - A number keeps the digits it was written with when it is an integer (account ids stay
 *   exact); other numbers are written as JavaScript writes them (`1e3` → `"1000"`).
 */
import type { ConditionClause, ConditionOperatorName, Effect, JsonPath } from '../ast.ts'
import { conditionOperators } from '../conditions/registry.ts'
import { describeJsonKind, type JsonEntry, type JsonNode } from '../json/node.ts'
import { at, atKey, quote, type ParseContext } from './context.ts'
import { parseConditionOperator, suggestConditionOperator } from './condition-operator.ts'
import { isArnOperator, readConditionValue } from './condition-values.ts'
import { checkVariableSyntax, looksLikeVariable, variablesActive } from './variables.ts'

/** A JSON scalar as the string a condition compares. */
export function conditionValueText(node: JsonNode): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value
    case 'boolean':
      return String(node.value)
    case 'number':
      return /^-?\d+$/.test(node.text) ? node.text : String(node.value)
    default:
      return undefined
  }
}

/** The values of one condition key, or `undefined` when one is not a scalar. */
function readValues(
  node: JsonNode,
  path: JsonPath,
  ctx: ParseContext,
): { value: string; path: JsonPath; node: JsonNode }[] | undefined {
  const single = conditionValueText(node)
  if (single !== undefined) return [{ value: single, path, node }]
  if (node.kind !== 'array') {
    ctx.report(
      'policy.condition.invalid',
      at(path, node),
      `a condition value must be a string, a number, a boolean or an array of them, found ${describeJsonKind(node)}`,
      node.kind === 'object'
        ? 'an operator block holds keys, and each key holds values: check the nesting'
        : 'write the value as a string',
    )
    return undefined
  }
  const values: { value: string; path: JsonPath; node: JsonNode }[] = []
  let valid = true
  node.items.forEach((item, index) => {
    const value = conditionValueText(item)
    if (value !== undefined) values.push({ value, path: [...path, index], node: item })
    else {
      valid = false
      ctx.report(
        'policy.condition.invalid',
        at([...path, index], item),
        `a condition value must be a string, a number or a boolean, found ${describeJsonKind(item)}`,
        'write the value as a string',
      )
    }
  })
  return valid ? values : undefined
}

/** The clauses of a statement's `Condition`. */
export function readCondition(
  entry: JsonEntry,
  path: JsonPath,
  effect: Effect | undefined,
  ctx: ParseContext,
): ConditionClause[] {
  const clauses: ConditionClause[] = []
  const node = entry.value
  if (node.kind !== 'object') {
    ctx.report(
      'policy.condition.invalid',
      at(path, node),
      `\`Condition\` must be an object of condition operators, found ${describeJsonKind(node)}`,
      'write `"Condition": {"StringEquals": {"aws:PrincipalTag/team": "blue"}}`',
    )
    return clauses
  }
  for (const operatorEntry of node.entries) {
    const operator = operatorEntry.key
    const operatorPath = [...path, operator]
    const { base, set, ifExists } = parseConditionOperator(operator)
    if (base === undefined) {
      const suggestion = suggestConditionOperator(operator)
      ctx.report(
        'policy.condition.unknownOperator',
        atKey(operatorPath, operatorEntry),
        `${quote(operator)} is not a condition operator`,
        suggestion !== undefined
          ? `did you mean \`${suggestion}\`?`
          : operator.includes(':') && set === undefined
            ? `a condition key sits under an operator: \`"StringEquals": {${JSON.stringify(operator)}: …}\``
            : 'use an operator such as `StringEquals`, `ArnLike`, `NumericLessThan`, `DateGreaterThan`, `Bool`, `IpAddress` or `Null`',
      )
      continue
    }
    if (base === 'Null' && ifExists) {
      ctx.report(
        'policy.condition.nullIfExists',
        atKey(operatorPath, operatorEntry),
        `\`${operator}\`: the \`Null\` operator cannot take \`IfExists\``,
        'write `Null`: it already tests whether the key exists',
      )
    }
    if (set === 'ForAllValues' && effect === 'Allow') {
      ctx.report(
        'policy.condition.forAllValuesAllow',
        atKey(operatorPath, operatorEntry),
        `\`${operator}\` in an \`Allow\` statement also passes when the request has no value for the key`,
        'add a `Null` check that the key is present, or use `ForAnyValue:`',
      )
    }
    const block = operatorEntry.value
    if (block.kind !== 'object') {
      ctx.report(
        'policy.condition.invalid',
        at(operatorPath, block),
        `the \`${operator}\` block must be an object of condition keys, found ${describeJsonKind(block)}`,
        `write \`"${operator}": {"aws:SourceIp": "203.0.113.0/24"}\``,
      )
      continue
    }
    const seen = new Map<string, string>()
    for (const keyEntry of block.entries) {
      const key = keyEntry.key
      const keyPath = [...operatorPath, key]
      if (!key.includes(':')) {
        ctx.report(
          'policy.condition.keyFormat',
          atKey(keyPath, keyEntry),
          'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
          `${quote(key)} has no prefix: write it as \`aws:${key}\` or with its service prefix`,
        )
      }
      const folded = key.toLowerCase()
      const earlier = seen.get(folded)
      if (earlier !== undefined && earlier !== key) {
        ctx.report(
          'policy.condition.duplicateKeyCase',
          atKey(keyPath, keyEntry),
          `${quote(key)} and ${quote(earlier)} are the same condition key: key names ignore case`,
          'merge their values into one array under one spelling',
        )
      }
      seen.set(folded, key)
      const values = readValues(keyEntry.value, keyPath, ctx)
      if (values === undefined) continue
      if (values.length === 0) {
        ctx.report(
          'policy.condition.emptyValues',
          at(keyPath, keyEntry.value),
          `${quote(key)} has no values to compare`,
          'give the key at least one value, or remove it',
        )
      }
      if (base !== undefined) checkValues(values, base, operator, ctx)
      clauses.push({
        operator,
        base,
        set,
        ifExists,
        key,
        values: values.map((v) => v.value),
        path: keyPath,
      })
    }
  }
  return clauses
}

function checkValues(
  values: readonly { value: string; path: JsonPath; node: JsonNode }[],
  base: ConditionOperatorName,
  operator: string,
  ctx: ParseContext,
): void {
  for (const { value, path, node } of values) {
    const where = at(path, node)
    if (looksLikeVariable(value)) variablesActive(ctx, value, where)
    const reading = readConditionValue(base, value, ctx.variablesActive)
    switch (reading.kind) {
      case 'readable':
        break
      case 'variable':
        checkVariableSyntax(ctx, value, where)
        break
      case 'variableNotResolved':
        ctx.report(
          'policy.variable.unsupportedOperator',
          where,
          `policy variables are not resolved with \`${operator}\`: ${quote(value)} is compared as written`,
          'use a string or ARN operator to compare with a variable, or write a fixed value',
        )
        break
      case 'unreadable':
        if (isArnOperator(base)) {
          ctx.report(
            'policy.condition.unreadableArn',
            where,
            `\`${operator}\` cannot compare ${quote(value)}: ${reading.reason}`,
            'write a full ARN, with wildcards in the parts to leave open: `arn:aws:iam::*:role/admin-*`',
          )
        } else {
          ctx.report(
            'policy.condition.invalidValue',
            where,
            `\`${operator}\` cannot read ${quote(value)}: ${reading.reason}`,
            undefined,
            conditionOperators[base].family === 'Date' ? 'MalformedPolicyDocument' : undefined,
          )
        }
        break
    }
  }
}
