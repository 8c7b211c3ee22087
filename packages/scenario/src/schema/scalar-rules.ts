/**
 * The rules of text and numbers: allowed values, lengths, patterns and ranges, each broken rule
 * an issue whose message names the value and where it is.
 */
import type { JsonPath } from '@hatrack/policy'
import { issue, type PendingIssue } from '../load/issues/index.ts'
import { closestNames } from '../load/text/closest.ts'
import { code, codeList } from '../load/text/words.ts'
import type { NumberDef, StringDef } from './dsl.ts'
import { expectedOf } from './kinds.ts'

/**
 * The first rule of `def` that `text` breaks, as an issue; `where.label` names where it is (read
 * only for a message).
 */
export function textProblem(
  def: StringDef,
  text: string,
  path: JsonPath,
  where: { readonly label: string },
): PendingIssue | undefined {
  if (def.values !== undefined && !def.values.includes(text)) {
    const near = closestNames(text, def.values, 1)
    return issue('scenario.schema.enum', path, `unknown value ${code(text)} for ${where.label}`, {
      hint:
        near.length > 0
          ? `did you mean ${code(near[0] ?? '')}?`
          : `use one of ${codeList(def.values, 12, 'or')}`,
    })
  }
  if (def.minLength !== undefined && text.length < def.minLength) {
    return def.minLength === 1
      ? issue('scenario.schema.length', path, `${where.label} is empty`, {
          hint: 'give it a value, or remove the key',
        })
      : issue('scenario.schema.length', path, `${where.label} is too short: ${code(text)}`, {
          hint: `it needs at least ${def.minLength} characters`,
        })
  }
  if (def.maxLength !== undefined && text.length > def.maxLength) {
    return issue(
      'scenario.schema.length',
      path,
      `${where.label} is too long: ${text.length} characters`,
      {
        hint: `AWS allows at most ${def.maxLength}`,
      },
    )
  }
  if (def.pattern !== undefined && !def.pattern.test(text)) {
    const rule = def.rule ?? expectedOf(def)
    return issue(
      'scenario.schema.pattern',
      path,
      `expected ${rule} for ${where.label}, found ${code(text)}`,
    )
  }
  return undefined
}

/** The rule of `def` that `value` breaks (whole, minimum, maximum), as an issue. */
export function numberProblem(
  def: NumberDef,
  value: number,
  path: JsonPath,
  where: { readonly label: string },
): PendingIssue | undefined {
  const whole = !def.integer || Number.isInteger(value)
  const above = def.minimum === undefined || value >= def.minimum
  const below = def.maximum === undefined || value <= def.maximum
  if (whole && above && below) return undefined
  const range =
    def.minimum !== undefined && def.maximum !== undefined
      ? ` from ${def.minimum} to ${def.maximum}`
      : def.minimum !== undefined
        ? ` of at least ${def.minimum}`
        : def.maximum !== undefined
          ? ` of at most ${def.maximum}`
          : ''
  const kind = def.integer ? 'a whole number' : 'a number'
  return issue(
    'scenario.schema.range',
    path,
    `expected ${kind}${range} for ${where.label}, found ${code(value)}`,
  )
}
