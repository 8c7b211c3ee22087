/** The declarations the model refused while building the world, as issues at their place. */
import type { Trace } from '@hatrack/scenario'
import type { Printable } from './issue.ts'

/** One error issue per refused declaration: "AWS refuses role `X`: MalformedPolicyDocument: …". */
export function setupIssues(trace: Trace): Printable[] {
  return trace.setup.errors.map((error) => ({
    severity: 'error',
    message: `AWS refuses ${error.declaration}: ${error.error.code}: ${error.error.message}`,
    line: error.location?.line ?? 1,
    column: error.location?.column ?? 1,
    ...(error.location?.file === undefined ? {} : { file: error.location.file }),
    hint: `AWS answers \`${error.error.code}\` to it, so the replay built the world without it`,
  }))
}
