/**
 * A command's view of its {@link Io}: lines to stdout and stderr, each stream with its own
 * style (colour only where that stream supports it), and issues printed as
 * `file:line:column: message`.
 */
import type { Io } from './io.ts'
import { formatIssue, type Printable } from './render/issue.ts'
import { styleFor, type Style } from './render/style.ts'

/** Writing lines for one command run. */
export interface Terminal {
  readonly io: Io
  /** The style of stdout. */
  readonly out: Style
  /** The style of stderr. */
  readonly err: Style
  /** The width lines wrap at. */
  readonly width: number
  /** Writes lines to stdout, each ended by a newline. */
  print(...lines: readonly string[]): void
  /** Writes lines to stderr, each ended by a newline. */
  error(...lines: readonly string[]): void
  /** Writes issues to stderr, `fallbackFile` for those that name no file. */
  issues(issues: readonly Printable[], fallbackFile: string): void
}

/** Lines wrap at 80 columns unless the terminal says it is narrower or wider (up to 100). */
const DEFAULT_WIDTH = 80

/** A terminal over `io`. */
export function createTerminal(io: Io): Terminal {
  const out = styleFor(io.stdout, io.env)
  const err = styleFor(io.stderr, io.env)
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined
  const width = columns === undefined ? DEFAULT_WIDTH : Math.max(40, Math.min(100, columns))
  return {
    io,
    out,
    err,
    width,
    print: (...lines) => io.stdout.write(lines.map((line) => `${line}\n`).join('')),
    error: (...lines) => io.stderr.write(lines.map((line) => `${line}\n`).join('')),
    issues(issues, fallbackFile) {
      const lines = issues.flatMap((entry) => formatIssue(entry, fallbackFile, err))
      if (lines.length > 0) io.stderr.write(lines.map((line) => `${line}\n`).join(''))
    },
  }
}
