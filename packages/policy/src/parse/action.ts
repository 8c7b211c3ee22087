/**
 * Normalizing `Action` and `NotAction` into an {@link ActionElement}, and checking each action's
 * form: `*`, or a service prefix, one colon and an action name (iam-facts §3).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 *
 * AWS's own words, where it has them (reported from real `MalformedPolicyDocument` answers):
 * - no colon: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
 * - two colons: "Actions/Condition can contain only one colon."
 * - "Policy statement must contain actions." for an empty element.
 * A wildcard in the service prefix (`*:Get*`) is refused: AWS answers "Action vendors (e.g., aws,
 * ec2, etc.) must not contain wildcards" (github.com/boogy/iam-policy-validator/pull/172); the
 * IAM guide's examples only ever put wildcards in the action name.
 */
import type { ActionElement, JsonPath } from '../ast.ts'
import type { JsonEntry } from '../json/node.ts'
import { at, atKey, quote, type ParseContext } from './context.ts'
import { readStringList } from './string-list.ts'
import { warnLiteralVariable } from './variables.ts'

const PREFIX = /^[A-Za-z0-9][A-Za-z0-9.-]*$/

/** What is wrong with `action`, and what would fix it; `undefined` when it is well formed. */
export function actionProblem(action: string): { message: string; hint: string } | undefined {
  if (action === '*') return undefined
  const colon = action.indexOf(':')
  if (colon < 0) {
    return {
      message: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
      hint: `${quote(action)} has no service prefix: write it as \`service:${action}\`, such as \`s3:GetObject\`, or use \`*\` for every action`,
    }
  }
  if (action.indexOf(':', colon + 1) >= 0) {
    return {
      message: 'Actions/Condition can contain only one colon.',
      hint: `${quote(action)} has more than one colon: an action is \`service:ActionName\``,
    }
  }
  const prefix = action.slice(0, colon)
  const name = action.slice(colon + 1)
  if (prefix.includes('*') || prefix.includes('?')) {
    return {
      message: `the service prefix of ${quote(action)} holds a wildcard`,
      hint: 'name the service (`s3:Get*`), or use `*` alone for every action of every service',
    }
  }
  if (!PREFIX.test(prefix)) {
    return {
      message:
        prefix === ''
          ? `${quote(action)} has no service prefix before its colon`
          : `Vendor ${prefix} is not valid`,
      hint: 'a service prefix is a word such as `s3`, `ec2` or `execute-api`',
    }
  }
  if (name === '') {
    return {
      message: `${quote(action)} has no action name after its colon`,
      hint: `write \`${prefix}:*\` for every action of the service`,
    }
  }
  if (/\s/.test(name)) {
    return {
      message: `the action name of ${quote(action)} holds white space`,
      hint: 'action names are single words, such as `GetObject`',
    }
  }
  return undefined
}

/** `Action` (or `NotAction`, `negated`) of a statement, or `undefined` when it is refused. */
export function readAction(
  entry: JsonEntry,
  negated: boolean,
  path: JsonPath,
  ctx: ParseContext,
): ActionElement | undefined {
  const element = negated ? 'NotAction' : 'Action'
  const items = readStringList(entry.value, path, element, ctx)
  if (items === undefined) return undefined
  if (items.length === 0) {
    ctx.report(
      'policy.action.missing',
      atKey(path, entry),
      'Policy statement must contain actions.',
      `\`${element}\` is an empty array: name at least one action`,
    )
    return undefined
  }
  let valid = true
  for (const item of items) {
    warnLiteralVariable(ctx, element, item.value, at(item.path, item.node))
    const problem = actionProblem(item.value)
    if (problem !== undefined) {
      ctx.report('policy.action.invalid', at(item.path, item.node), problem.message, problem.hint)
      valid = false
    }
  }
  return valid ? { negated, patterns: items.map((i) => i.value), path } : undefined
}
