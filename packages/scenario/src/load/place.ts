/** Placing issues: a JSON path becomes a line and a column in the file it points into. */
import type { PendingIssue, ScenarioIssue } from './issues/index.ts'
import type { SourceLocator } from './source/locator.ts'

/** `pending` with its file, line and column; `locator` places paths, `fileName` explicit positions. */
export function place(
  pending: PendingIssue,
  locator: SourceLocator | undefined,
  fileName?: string,
): ScenarioIssue {
  const { anchor, at, ...rest } = pending
  const where =
    at !== undefined
      ? {
          ...((at.file ?? fileName) === undefined ? {} : { file: at.file ?? fileName }),
          line: at.line,
          column: at.column,
        }
      : (locator?.locate(pending.path, anchor) ?? {
          ...(fileName === undefined ? {} : { file: fileName }),
          line: 1,
          column: 1,
        })
  const { file, line, column } = where as { file?: string; line: number; column: number }
  return { ...rest, line, column, ...(file === undefined ? {} : { file }) }
}

/** Every pending issue placed. */
export function placeAll(
  pending: readonly PendingIssue[],
  locator: SourceLocator | undefined,
  fileName?: string,
): ScenarioIssue[] {
  return pending.map((entry) => place(entry, locator, fileName))
}
