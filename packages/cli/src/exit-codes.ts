/** The exit codes of every command. */
export const exitCodes = {
  /** Everything held. */
  ok: 0,
  /** A check failed: an expectation did not hold (or, with `--strict`, a vocabulary warning). */
  failed: 1,
  /** Invalid input or usage: an unreadable or invalid file, an unknown option or command. */
  invalid: 2,
} as const

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

/** The worse of two exit codes: invalid over failed over ok. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b
}
