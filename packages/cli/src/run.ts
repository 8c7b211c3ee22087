/**
 * `run`: the `hatrack` command line, from its words to an exit code. It answers `--help`,
 * `--version` and `help COMMAND` itself, hands every other command its words, and suggests the
 * closest command for one it does not know.
 */
import { closestNames } from '@hatrack/scenario'
import { usageError, runCommand, type Command } from './commands/command.ts'
import { commands } from './commands/index.ts'
import { exitCodes, type ExitCode } from './exit-codes.ts'
import type { Io } from './io.ts'
import { commandHelp, mainHelp } from './render/help.ts'
import { createTerminal } from './terminal.ts'
import { VERSION } from './version.ts'

function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.spec.name === name)
}

function unknownCommand(name: string, io: Io): ExitCode {
  const terminal = createTerminal(io)
  const names = [...commands.map((command) => command.spec.name), 'help']
  const near = closestNames(name, names, 1)[0]
  const { err } = terminal
  terminal.error(`hatrack: unknown command \`${name}\``)
  terminal.error(
    `  ${err.dim('hint:')} ${near === undefined ? `the commands are ${names.map((n) => `\`${n}\``).join(', ')}` : `did you mean \`${near}\`?`}`,
  )
  terminal.error(`  ${err.dim('see `hatrack --help`')}`)
  return exitCodes.invalid
}

function help(topic: readonly string[], io: Io): ExitCode {
  const terminal = createTerminal(io)
  const [name, ...rest] = topic
  if (name === undefined) {
    terminal.print(
      mainHelp(
        commands.map((command) => command.spec),
        VERSION,
        terminal.out,
      ),
    )
    return exitCodes.ok
  }
  if (rest.length > 0)
    return usageError(
      terminal,
      'help',
      `one COMMAND only: \`${rest[0]}\` is one too many`,
      'usage: hatrack help COMMAND',
    )
  const command = findCommand(name)
  if (command === undefined) return unknownCommand(name, io)
  terminal.print(commandHelp(command.spec, terminal.out))
  return exitCodes.ok
}

/** Runs `hatrack` with `argv` (the words after `hatrack`) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h') return help([], io)
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout.write(`${VERSION}\n`)
    return exitCodes.ok
  }
  if (first === 'help') return help(rest, io)
  if (first.startsWith('-')) {
    const terminal = createTerminal(io)
    const near = closestNames(first, ['--help', '--version'], 1)[0]
    return usageError(
      terminal,
      '',
      `unknown option \`${first}\` (a command comes first)`,
      near === undefined ? 'usage: hatrack COMMAND [ARGS…] [OPTIONS]' : `did you mean \`${near}\`?`,
    )
  }
  const command = findCommand(first)
  if (command === undefined) return unknownCommand(first, io)
  return runCommand(command, rest, io)
}
