/**
 * `hatrack serve FILE`: the web player with a scenario, on localhost, for a workshop. It checks
 * its options and the file (a scenario that does not load is reported as `replay` reports it),
 * then starts the player (`serve/player.ts`) and prints its address. The server keeps the process
 * alive until Ctrl-C; the file is read again on every page load, so edits show on reload.
 */
import { exitCodes } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { startPlayer } from '../serve/player.ts'
import { usageError, type Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'

/** The port the player uses unless told otherwise. */
export const DEFAULT_PORT = 4321

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined
  const port = Number(text)
  return port <= 65535 ? port : undefined
}

/** `hatrack serve`. */
export const serveCommand: Command = {
  spec: {
    name: 'serve',
    summary: 'play a scenario in the web player, served on localhost',
    synopsis: 'serve FILE [--port PORT] [--host HOST]',
    description:
      'Serves the web player with the scenario, full page, for a workshop or while writing a ' +
      'scenario: open the address it prints. The file is read again on every page load, so ' +
      'an edit shows on reload. The page allows no inline script and no eval (a strict ' +
      'Content-Security-Policy). Runs until Ctrl-C. In the repository, the player is built ' +
      'first when it is missing or older than its sources.',
    positionals: { name: 'FILE', min: 1, max: 1 },
    options: [
      {
        name: 'port',
        short: 'p',
        type: 'string',
        placeholder: 'PORT',
        default: String(DEFAULT_PORT),
        description: 'the port to listen on (0: any free port)',
      },
      {
        name: 'host',
        type: 'string',
        placeholder: 'HOST',
        default: '127.0.0.1',
        description: 'the address to listen on (`0.0.0.0` to share it on the network)',
      },
    ],
    examples: [
      {
        command: 'hatrack serve scenarios/02-first-role.yaml',
        note: 'the player on http://127.0.0.1:4321',
      },
    ],
  },
  async run(args, terminal) {
    const port = parsePort(String(args.values['port']))
    if (port === undefined)
      return usageError(
        terminal,
        'serve',
        `\`${String(args.values['port'])}\` is not a port`,
        'give a number from 0 to 65535',
      )
    const host = String(args.values['host'])
    const file = args.positionals[0] ?? ''
    const loaded = loadScenarioFile(file, terminal.io)
    if (loaded.status !== 'loaded') return reportUnloaded(loaded, file, terminal)
    terminal.issues(loaded.warnings, file)
    const started = await startPlayer({ file, scenario: loaded.scenario, host, port }, terminal.io)
    if (started.status === 'unavailable') {
      terminal.error(`hatrack serve: ${started.message}`)
      if (started.hint !== undefined)
        terminal.error(`  ${terminal.err.dim('hint:')} ${started.hint}`)
      return exitCodes.invalid
    }
    terminal.print(`serving ${file} on ${started.url}`)
    terminal.print(terminal.out.dim('press Ctrl-C to stop'))
    return exitCodes.ok
  },
}
