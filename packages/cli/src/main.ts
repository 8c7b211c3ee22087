/**
 * The `hatrack` executable: the real streams, files and environment handed to `run`, and its
 * exit code handed to the process. The only file that sets `process.exitCode`. An exception is a
 * bug of Hatrack's (bad input never throws): it is reported as one, with exit code 70.
 */
import { createNodeIo } from './io.ts'
import { run } from './run.ts'

/** The exit code of a bug (sysexits' `EX_SOFTWARE`), apart from the codes of `exitCodes`. */
const INTERNAL_ERROR = 70

try {
  process.exitCode = await run(process.argv.slice(2), createNodeIo())
} catch (error) {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(
    `hatrack: internal error: ${detail}\n` +
      '  hint: this is a bug in Hatrack, not in your scenario: please report it with the file\n',
  )
  process.exitCode = INTERNAL_ERROR
}
