/**
 * One run of the model-based test: a fresh world and reference from a seed, a start run
 * quietly and checked once at its end, then the commands through `fc.modelRun` (each checked
 * after it runs when `options.checks` is on). The simulation's actors are stopped at the end.
 */
import fc from 'fast-check'
import { afterCommand } from './commands/after.ts'
import type { Reference } from './reference/reference.ts'
import { setupFor, type Real, type RunOptions, type Setup } from './system.ts'

/** A command of the model-based test. */
export type Command = fc.Command<Reference, Real>

/** Runs `start`, then `commands`, from a fresh world of `seed`; returns both sides at the end. */
export function runSequence(
  seed: number,
  start: readonly Command[],
  commands: Iterable<Command>,
  options: RunOptions,
): Setup {
  const setup = setupFor(seed, options)
  let last: Setup | undefined
  try {
    fc.modelRun(() => {
      last = setup()
      // The start is checked once, at its end: the same arrays and sets, checks off meanwhile.
      const quiet = { ...last.real, checks: false }
      for (const command of start) command.run(last.model, quiet)
      afterCommand(last.model, last.real, true)
      return last
    }, commands)
  } finally {
    last?.real.simulation.stop()
  }
  if (last === undefined) throw new Error('invariant: the run never set up')
  return last
}
