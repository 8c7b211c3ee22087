/** The commands of `hatrack`, in the order `hatrack --help` lists them. */
import { checkCommand } from './check.ts'
import type { Command } from './command.ts'
import { explainCommand } from './explain.ts'
import { gradeCommand } from './grade.ts'
import { graphCommand } from './graph.ts'
import { replayCommand } from './replay.ts'
import { schemaCommand } from './schema.ts'
import { serveCommand } from './serve.ts'

/** Every command. */
export const commands: readonly Command[] = [
  replayCommand,
  checkCommand,
  graphCommand,
  explainCommand,
  serveCommand,
  gradeCommand,
  schemaCommand,
]
