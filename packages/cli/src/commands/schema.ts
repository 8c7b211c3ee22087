/** `hatrack schema`: prints the JSON Schema of scenario files, for editors and validators. */
import { scenarioSchema } from '@hatrack/scenario'
import { exitCodes } from '../exit-codes.ts'
import type { Command } from './command.ts'

/** `hatrack schema`. */
export const schemaCommand: Command = {
  spec: {
    name: 'schema',
    summary: 'print the JSON Schema of scenario files',
    synopsis: 'schema',
    description:
      'Prints the JSON Schema (draft 2020-12) that scenario files follow, as JSON on stdout. ' +
      'Editors use it for validation and completion: put ' +
      '`# yaml-language-server: $schema=PATH` at the top of a YAML scenario.',
    positionals: { name: 'ARG', min: 0, max: 0 },
    options: [],
    examples: [
      { command: 'hatrack schema > scenario.schema.json', note: 'save it next to your scenarios' },
    ],
  },
  run(_args, terminal) {
    terminal.print(JSON.stringify(scenarioSchema, null, 2))
    return exitCodes.ok
  },
}
