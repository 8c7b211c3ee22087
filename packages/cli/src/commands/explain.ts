/**
 * `hatrack explain FILE --step ID`: one step's evaluation, gate by gate — each gate's outcome,
 * the statements that matched, for an implicit deny the closest statements with the failing
 * element and values, the conditions not evaluated, and AWS's message.
 */
import { closestNames, replay, type TraceStep } from '@hatrack/scenario'
import { exitCodes } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { renderDecision } from '../render/decision.ts'
import { extraFailures } from '../render/failures.ts'
import { position } from '../render/issue.ts'
import { renderMarkdown, wrap } from '../render/markdown.ts'
import { setupIssues } from '../render/setup-issues.ts'
import { outcomeVerdict } from '../render/verdict.ts'
import { splitInstant } from '../render/words.ts'
import type { Terminal } from '../terminal.ts'
import { usageError, type Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'
import { findStep } from './find-step.ts'

function renderExplanation(step: TraceStep, file: string, terminal: Terminal): string[] {
  const { out, width } = terminal
  const { date, time } = splitInstant(step.at)
  const lines = [
    `${out.bold(`step ${step.index + 1}: ${step.id}`)} ${out.dim(`(${position(step.location, file)}, ${date} ${time})`)}`,
  ]
  if (step.say !== undefined) lines.push(...renderMarkdown(step.say, out, { width, indent: '  ' }))
  if (step.call !== undefined)
    lines.push(
      ...wrap(
        `${step.actor === undefined ? '' : `${out.cyan(step.actor.label)} `}→ ${step.call.action} on ${step.call.resource}`,
        width,
      ),
    )
  lines.push('')
  if (step.decision !== undefined) lines.push(...renderDecision(step.decision, out, width))
  else {
    lines.push(outcomeVerdict(step.outcome, out))
    if (step.outcome.status === 'denied' || step.outcome.status === 'error')
      lines.push(
        ...wrap(`${out.dim('AWS:')} ${step.outcome.message}`, width - 2).map((line) => `  ${line}`),
      )
    lines.push('', out.dim('this step made no authorization decision to explain'))
  }
  for (const other of step.decisions ?? []) {
    lines.push('', out.bold(`${other.label}: ${other.call.action} on ${other.call.resource}`))
    lines.push(...renderDecision(other.decision, out, width))
  }
  if (step.expectation !== undefined) {
    lines.push(
      '',
      `expectation ${step.expectation.held ? 'held' : 'failed'}: ${step.expectation.detail}`,
    )
    for (const failure of extraFailures(step.expectation)) lines.push(`  - ${failure}`)
  }
  return lines
}

/** `hatrack explain`. */
export const explainCommand: Command = {
  spec: {
    name: 'explain',
    summary: 'explain one step’s evaluation, gate by gate',
    synopsis: 'explain FILE --step ID [--json]',
    description:
      'Replays the scenario up to the end and explains one step: each gate in AWS’s order of ' +
      'evaluation with its outcome, the statements that allowed or denied, for an implicit deny ' +
      'the statements that came closest with the element that failed and the values compared, ' +
      'conditions that could not be evaluated, and AWS’s message. A step is named by its `id`, ' +
      'or by its number (1 for the first).',
    positionals: { name: 'FILE', min: 1, max: 1 },
    options: [
      {
        name: 'step',
        short: 's',
        type: 'string',
        placeholder: 'ID',
        description: 'the step: its id or its number',
      },
      { name: 'json', type: 'boolean', description: 'print the step of the trace as JSON' },
    ],
    examples: [
      {
        command: 'hatrack explain scenarios/02-first-role.yaml --step list-roles',
        note: 'why `iam:ListRoles` is denied',
      },
      { command: 'hatrack explain scenario.yaml --step 3', note: 'the third step' },
    ],
  },
  run(args, terminal) {
    const wanted = args.values['step']
    if (typeof wanted !== 'string')
      return usageError(
        terminal,
        'explain',
        'the option `--step` is needed',
        'usage: hatrack explain FILE --step ID',
      )
    const file = args.positionals[0] ?? ''
    const loaded = loadScenarioFile(file, terminal.io)
    if (loaded.status !== 'loaded') return reportUnloaded(loaded, file, terminal)
    terminal.issues(loaded.warnings, file)
    const trace = replay(loaded.scenario)
    const setup = setupIssues(trace)
    terminal.issues(setup, file)
    const step = findStep(trace.steps, wanted)
    if (step === undefined) {
      const ids = trace.steps.map((entry) => entry.id)
      const near = closestNames(wanted, ids, 3)
      return usageError(
        terminal,
        'explain',
        `the scenario has no step \`${wanted}\``,
        near.length > 0
          ? `did you mean ${near.map((id) => `\`${id}\``).join(' or ')}?`
          : `its steps are ${ids
              .slice(0, 12)
              .map((id) => `\`${id}\``)
              .join(', ')}${ids.length > 12 ? ', …' : ''}, or a number from 1 to ${ids.length}`,
      )
    }
    if (args.values['json'] === true) terminal.print(JSON.stringify(step, null, 2))
    else terminal.print(...renderExplanation(step, file, terminal))
    return setup.length > 0 ? exitCodes.invalid : exitCodes.ok
  },
}
