/**
 * @hatrack/cli: the `hatrack` command. `run(argv, io)` is the whole command line as a function:
 * every effect goes through the {@link Io} it is given, so tests run it in-process.
 */
export { run } from './run.ts'
export { createNodeIo } from './io.ts'
export type { Io, Output, ReadText } from './io.ts'
export { exitCodes } from './exit-codes.ts'
export type { ExitCode } from './exit-codes.ts'
export { commands } from './commands/index.ts'
export type { Command } from './commands/command.ts'
export type { CommandSpec, Example, OptionSpec, PositionalSpec } from './args/spec.ts'
export { colourWanted } from './render/style.ts'
export { toMermaid } from './graph/mermaid.ts'
export { toDot } from './graph/dot.ts'
export { toGraphJson } from './graph/json.ts'
export { graphView } from './graph/view.ts'
export type { GraphEdge, GraphMoment, GraphView } from './graph/view.ts'
export { VERSION } from './version.ts'
