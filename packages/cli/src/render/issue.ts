/**
 * Issues in the form editors and terminals link to: `file:line:column: message`, the hint on the
 * next line. Warnings say so after the position; errors do not, so an error line is exactly the
 * position and the message.
 */
import type { Style } from './style.ts'

/** What is needed to print an issue: a `ScenarioIssue`, or a failed expectation's place. */
export interface Printable {
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly file?: string
  readonly line: number
  readonly column: number
  readonly hint?: string
  readonly code?: string
}

/** `file:line:column`, with `fallbackFile` when the issue names none. */
export function position(
  where: { readonly file?: string; readonly line: number; readonly column: number },
  fallbackFile: string,
): string {
  return `${where.file ?? fallbackFile}:${where.line}:${where.column}`
}

/** The lines of one issue (no trailing newline). */
export function formatIssue(issue: Printable, fallbackFile: string, style: Style): string[] {
  const where = style.bold(position(issue, fallbackFile))
  const label = issue.severity === 'warning' ? `${style.yellow('warning:')} ` : ''
  const lines = [`${where}: ${label}${issue.message}`]
  if (issue.hint !== undefined) lines.push(`  ${style.dim('hint:')} ${issue.hint}`)
  return lines
}
