/**
 * The `yaml` package's errors, in the words of this project: one lowercase sentence and, apart,
 * a hint for the mistakes people make most (a tab for indentation, a missing `,` in JSON).
 */
import type { YAMLError } from 'yaml'

const HINTS: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'YAML indents with spaces, never tabs',
  BAD_INDENT: 'keys of the same map start at the same column; nested keys are indented further',
  MISSING_CHAR: 'check for a missing `,` or `:`, or an unclosed bracket or quote',
  MULTILINE_IMPLICIT_KEY:
    'a key fits on one line and is followed by `:`; check the line above for a missing `:` or an unclosed quote',
  BLOCK_AS_IMPLICIT_KEY: 'a key fits on one line and is followed by `:`',
  BAD_DQ_ESCAPE:
    'in double quotes a backslash starts an escape: write `\\\\`, or use single quotes',
  BAD_ALIAS: 'an alias `*name` refers to an anchor `&name` written before it',
  UNEXPECTED_TOKEN: 'check the brackets, quotes and indentation around it',
  BAD_SCALAR_START: 'text starting with `@`, `` ` ``, `%` or `|` must be quoted',
}

/** A learner's message for a YAML error, and a hint. */
export function describeYamlError(error: YAMLError): { message: string; hint?: string } {
  const first = error.message.split('\n')[0] ?? error.message
  const trimmed = first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '')
  const message =
    trimmed.length > 0 ? trimmed[0]?.toLowerCase() + trimmed.slice(1) : 'the text is not valid YAML'
  const hint = HINTS[error.code]
  return hint === undefined ? { message } : { message, hint }
}
