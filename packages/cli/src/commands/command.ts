/**
 * A command: its {@link CommandSpec} and a function from parsed arguments and an {@link Io} to an
 * exit code. `runCommand` parses, answers `--help`, and turns usage mistakes into exit code 2.
 */
import { parseCommandArgs, type ParsedArgs } from '../args/parse.ts'
import type { CommandSpec } from '../args/spec.ts'
import { exitCodes, type ExitCode } from '../exit-codes.ts'
import type { Io } from '../io.ts'
import { commandHelp } from '../render/help.ts'
import { createTerminal, type Terminal } from '../terminal.ts'

/** One `hatrack` command. */
export interface Command {
  readonly spec: CommandSpec
  /** Runs with arguments already checked against `spec`. */
  run(args: ParsedArgs, terminal: Terminal): Promise<ExitCode> | ExitCode
}

/** Prints a usage mistake of `hatrack NAME` (`''`: of `hatrack` itself) and returns exit code 2. */
export function usageError(
  terminal: Terminal,
  name: string,
  message: string,
  hint: string | undefined,
): ExitCode {
  const { err } = terminal
  const command = name === '' ? 'hatrack' : `hatrack ${name}`
  terminal.error(`${command}: ${message}`)
  if (hint !== undefined) terminal.error(`  ${err.dim('hint:')} ${hint}`)
  terminal.error(`  ${err.dim(`see \`${command} --help\``)}`)
  return exitCodes.invalid
}

/** Runs `command` with the words after its name. */
export async function runCommand(
  command: Command,
  args: readonly string[],
  io: Io,
): Promise<ExitCode> {
  const terminal = createTerminal(io)
  const parsed = parseCommandArgs(command.spec, args)
  if (!parsed.ok) return usageError(terminal, command.spec.name, parsed.message, parsed.hint)
  if (parsed.help) {
    terminal.print(commandHelp(command.spec, terminal.out))
    return exitCodes.ok
  }
  return command.run(parsed, terminal)
}
