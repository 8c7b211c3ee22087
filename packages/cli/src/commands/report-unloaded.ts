/** Printing why a scenario did not load: its issues, or why the file could not be read. */
import { exitCodes, type ExitCode } from '../exit-codes.ts'
import type { LoadedFile } from '../files/load-scenario.ts'
import type { Terminal } from '../terminal.ts'

/** Prints the problem of a file that did not load, and returns exit code 2. */
export function reportUnloaded(
  loaded: Exclude<LoadedFile, { status: 'loaded' }>,
  file: string,
  terminal: Terminal,
): ExitCode {
  if (loaded.status === 'unreadable') terminal.error(`${file}: ${loaded.message}`)
  else terminal.issues(loaded.issues, file)
  return exitCodes.invalid
}
