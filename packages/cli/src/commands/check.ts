/**
 * `hatrack check FILE…`: loads, replays and verifies every expectation of every file (a
 * prediction checkpoint counts as one), and checks the names AWS's vocabulary does not know. Each failed expectation is printed at its step's
 * `file:line:column`; the last line of stdout is always `N passed, N failed` (expectations).
 * Exit 0 when all hold, 1 when one fails (or, with `--strict`, on a warning), 2 on invalid input.
 */
import {
  checkScenario,
  checkVocabulary,
  INTERNAL_ERROR,
  replay,
  type Scenario,
  type ScenarioIssue,
  type ScenarioVerdict,
  type Trace,
} from '@hatrack/scenario'
import { exitCodes, worse, type ExitCode } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { extraFailures } from '../render/failures.ts'
import { position, type Printable } from '../render/issue.ts'
import { setupIssues } from '../render/setup-issues.ts'
import { glyphs } from '../render/verdict.ts'
import type { Terminal } from '../terminal.ts'
import type { Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'

interface FileResult {
  readonly code: ExitCode
  readonly passed: number
  readonly failed: number
  readonly warnings: number
}

async function vocabularyWarnings(
  scenario: Scenario,
  terminal: Terminal,
): Promise<ScenarioIssue[]> {
  const source = terminal.io.vocabulary
  return source === undefined ? [] : checkVocabulary(scenario, source)
}

/** Failed expectations and checkpoints, each at its step. */
function printFailures(verdict: ScenarioVerdict, file: string, terminal: Terminal): void {
  const { out } = terminal
  for (const result of verdict.results) {
    if (result.held) continue
    terminal.print(
      `${out.bold(position(result.location, file))}: ${out.red(`${glyphs.fail} step \`${result.id}\`:`)} ${result.detail}`,
    )
    for (const failure of extraFailures(result)) terminal.print(`  - ${failure}`)
  }
}

/** Steps Hatrack itself failed on: never a silent pass, even without an expectation. */
function internalErrors(trace: Trace): Printable[] {
  return trace.steps
    .filter((step) => step.outcome.error?.code === INTERNAL_ERROR)
    .map((step) => ({
      severity: 'error',
      message: step.outcome.message,
      line: step.location.line,
      column: step.location.column,
      ...(step.location.file === undefined ? {} : { file: step.location.file }),
    }))
}

async function checkFile(file: string, strict: boolean, terminal: Terminal): Promise<FileResult> {
  const { out } = terminal
  const loaded = loadScenarioFile(file, terminal.io)
  if (loaded.status !== 'loaded') {
    const code = reportUnloaded(loaded, file, terminal)
    terminal.print(`${out.red(glyphs.fail)} ${file}: invalid, not replayed`)
    return { code, passed: 0, failed: 0, warnings: 0 }
  }
  const warnings = [...loaded.warnings, ...(await vocabularyWarnings(loaded.scenario, terminal))]
  terminal.issues(warnings, file)
  const trace = replay(loaded.scenario)
  const setup = setupIssues(trace)
  terminal.issues(setup, file)
  // A checkpoint counts as one more expectation: its answer must match the replay.
  const verdict = checkScenario(trace)
  printFailures(verdict, file, terminal)
  const bugs = internalErrors(trace)
  terminal.issues(bugs, file)
  const { passed, failed } = verdict
  const checkpoints = verdict.results.filter((result) => result.checkpoint === true).length
  let code: ExitCode = exitCodes.ok
  if (failed > 0 || bugs.length > 0 || (strict && warnings.length > 0)) code = exitCodes.failed
  if (setup.length > 0) code = exitCodes.invalid
  const notes = [
    `${passed} passed`,
    `${failed} failed`,
    ...(checkpoints > 0 ? [`${checkpoints} checkpoint${checkpoints === 1 ? '' : 's'}`] : []),
    ...(warnings.length > 0
      ? [`${warnings.length} warning${warnings.length === 1 ? '' : 's'}`]
      : []),
    ...(setup.length > 0
      ? [`${setup.length} declaration${setup.length === 1 ? '' : 's'} refused`]
      : []),
  ]
  const mark = code === exitCodes.ok ? out.green(glyphs.pass) : out.red(glyphs.fail)
  terminal.print(`${mark} ${file}: ${notes.join(', ')}`)
  return { code, passed, failed, warnings: warnings.length }
}

/** `hatrack check`. */
export const checkCommand: Command = {
  spec: {
    name: 'check',
    summary: 'verify every expectation of one or more scenarios',
    synopsis: 'check FILE… [--strict]',
    description:
      'Loads and replays each file and verifies the expectation of every step. A failed ' +
      'expectation is printed at its step as `file:line:column`; problems in a file, and names ' +
      'AWS does not define (actions, condition keys, ARN shapes), go to stderr. The last line ' +
      'counts the expectations: `N passed, N failed`. Exit 0 when all hold, 1 when one fails, ' +
      '2 when a file is invalid.',
    positionals: { name: 'FILE', min: 1, max: undefined },
    options: [
      {
        name: 'strict',
        type: 'boolean',
        description: 'fail (exit 1) on warnings too, such as an action AWS does not define',
      },
    ],
    examples: [
      { command: 'hatrack check scenarios/*.yaml', note: 'the whole library, as CI runs it' },
      { command: 'hatrack check --strict my-scenario.yaml', note: 'warnings fail too' },
    ],
  },
  async run(args, terminal) {
    let code: ExitCode = exitCodes.ok
    let passed = 0
    let failed = 0
    for (const file of args.positionals) {
      const result = await checkFile(file, args.values['strict'] === true, terminal)
      code = worse(code, result.code)
      passed += result.passed
      failed += result.failed
    }
    terminal.print(`${passed} passed, ${failed} failed`)
    return code
  },
}
