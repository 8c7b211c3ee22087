/**
 * Finding policy variables (`${aws:username}`) in a string, and judging where they stand
 * (iam-facts §5). Variables are resolved only in `Version` 2012-10-17 documents, only in
 * `Resource`/`NotResource` and in the values of string and ARN condition operators
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 * Elsewhere they are plain text: in `Action` or `Principal` that is a warning (IAM Access
 * Analyzer's "Variable unsupported in element"); with numeric, date, IP, binary or `Null`
 * operators an error, since the value can then never be read (Access Analyzer's "Invalid
 * variable for operator").
 */
import type { IssueLocation } from '../issues/issue.ts'
import { quote, type ParseContext } from './context.ts'

/** The variables of a string, and whether a `${` is left unclosed. */
export interface VariableScan {
  /** Each variable as written, braces included: `${aws:username}`. */
  readonly variables: readonly string[]
  readonly unclosed: boolean
}

/** Finds the `${…}` of `value`. */
export function scanVariables(value: string): VariableScan {
  const variables: string[] = []
  let from = 0
  for (;;) {
    const open = value.indexOf('${', from)
    if (open < 0) return { variables, unclosed: false }
    const close = value.indexOf('}', open + 2)
    if (close < 0) return { variables, unclosed: true }
    variables.push(value.slice(open, close + 1))
    from = close + 1
  }
}

/** Whether `value` holds anything that looks like a policy variable. */
export function looksLikeVariable(value: string): boolean {
  return value.includes('${')
}

/**
 * Reports, once per document, that variables are plain text because the document is not
 * `Version` 2012-10-17. Returns `true` when variables are active and the caller should judge them.
 */
export function variablesActive(ctx: ParseContext, value: string, where: IssueLocation): boolean {
  if (ctx.variablesActive) return true
  if (!ctx.literalVariableReported && looksLikeVariable(value)) {
    ctx.literalVariableReported = true
    ctx.report(
      'policy.version.variablesLiteral',
      where,
      `${quote(value)} holds a policy variable, but without \`"Version": "2012-10-17"\` AWS reads it as plain text`,
      'add `"Version": "2012-10-17"` at the top of the document',
    )
  }
  return false
}

/** Warns about a `${` with no closing brace. Returns the scan for further checks. */
export function checkVariableSyntax(
  ctx: ParseContext,
  value: string,
  where: IssueLocation,
): VariableScan {
  const scan = scanVariables(value)
  if (scan.unclosed) {
    ctx.report(
      'policy.variable.malformed',
      where,
      `${quote(value)} opens a policy variable with \`\${\` but never closes it with \`}\``,
      'close the variable, as in `${aws:username}`, or write a literal `$` as `${$}`',
    )
  }
  return scan
}

/** Warns that a variable in `element` (`Action`, `Principal`) is plain text. */
export function warnLiteralVariable(
  ctx: ParseContext,
  element: string,
  value: string,
  where: IssueLocation,
): void {
  if (!ctx.variablesActive || !looksLikeVariable(value)) return
  ctx.report(
    'policy.variable.unsupportedElement',
    where,
    `policy variables are not resolved in \`${element}\`: ${quote(value)} stays plain text`,
    'keep a fixed value here, and put the variable in a resource ARN or a condition',
  )
}
