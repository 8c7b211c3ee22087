/**
 * `hatrack replay FILE`: the scenario's timeline in the terminal, step by step, each decision in
 * AWS's words; `--json` prints the trace itself, byte for byte the same on every run.
 */
import { replay } from '@hatrack/scenario'
import { exitCodes } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { setupIssues } from '../render/setup-issues.ts'
import { renderTimeline } from '../render/timeline.ts'
import type { Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'

/** `hatrack replay`. */
export const replayCommand: Command = {
  spec: {
    name: 'replay',
    summary: 'replay a scenario: the timeline, each decision in AWS’s words',
    synopsis: 'replay FILE [--json]',
    description:
      'Replays the scenario and prints its timeline: chapters, narration, who does what, the ' +
      'verdict (✓ allowed, ✗ explicitDeny / implicitDeny / an AWS error) with the gate that ' +
      'decided and AWS’s message, sessions created and expired, changes to the world, and ' +
      'whether each expectation held. Exit code 1 when an expectation fails.',
    positionals: { name: 'FILE', min: 1, max: 1 },
    options: [
      {
        name: 'json',
        type: 'boolean',
        description: 'print the trace as JSON (the same bytes on every run)',
      },
    ],
    examples: [
      {
        command: 'hatrack replay scenarios/02-first-role.yaml',
        note: 'the timeline, in colour on a terminal',
      },
      { command: 'NO_COLOR=1 hatrack replay scenario.yaml | less', note: 'without colour' },
      {
        command: 'hatrack replay scenario.yaml --json > trace.json',
        note: 'the trace, for other tools',
      },
    ],
  },
  run(args, terminal) {
    const file = args.positionals[0] ?? ''
    const loaded = loadScenarioFile(file, terminal.io)
    if (loaded.status !== 'loaded') return reportUnloaded(loaded, file, terminal)
    terminal.issues(loaded.warnings, file)
    const trace = replay(loaded.scenario)
    if (args.values['json'] === true) terminal.print(JSON.stringify(trace, null, 2))
    else terminal.print(...renderTimeline(trace, terminal.out, terminal.width))
    const setup = setupIssues(trace)
    terminal.issues(setup, file)
    if (setup.length > 0) return exitCodes.invalid
    return trace.summary.expectations.failed > 0 ? exitCodes.failed : exitCodes.ok
  },
}
