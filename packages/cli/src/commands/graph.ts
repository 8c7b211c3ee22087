/**
 * `hatrack graph FILE [--at STEP] --format mermaid|dot|json`: who can assume what in the world
 * after a step (by default after the last), from the model's analysis, the reason on every edge.
 */
import { analyzeAssumeRoles } from '@hatrack/model'
import { closestNames } from '@hatrack/scenario'
import { exitCodes } from '../exit-codes.ts'
import { loadScenarioFile } from '../files/load-scenario.ts'
import { toDot } from '../graph/dot.ts'
import { toGraphJson } from '../graph/json.ts'
import { toMermaid } from '../graph/mermaid.ts'
import { graphView } from '../graph/view.ts'
import { worldAfter } from '../graph/world-after.ts'
import { usageError, type Command } from './command.ts'
import { reportUnloaded } from './report-unloaded.ts'

const FORMATS = ['mermaid', 'dot', 'json'] as const

/** `hatrack graph`. */
export const graphCommand: Command = {
  spec: {
    name: 'graph',
    summary: 'who can assume what, as Mermaid, Graphviz DOT or JSON',
    synopsis: 'graph FILE [--at STEP] [--format mermaid|dot|json] [--all]',
    description:
      'Draws who can assume which role in the world after a step (by default after the last): ' +
      'one node per principal and role, grouped by account, and one edge per principal that can ' +
      'assume a role, labelled with the reason (which trust statement names it; whether an ' +
      'identity policy is needed; what the call must carry: MFA, an external id, a tag…). ' +
      'Conditional edges are dashed, cross-account edges thick. An edge from a role means its ' +
      'sessions can assume the target (role chaining).',
    positionals: { name: 'FILE', min: 1, max: 1 },
    options: [
      {
        name: 'at',
        type: 'string',
        placeholder: 'STEP',
        description: 'the step after which to draw: its id or number (0: before the first step)',
      },
      {
        name: 'format',
        short: 'f',
        type: 'string',
        choices: FORMATS,
        default: 'mermaid',
        description: 'the output format',
      },
      {
        name: 'all',
        type: 'boolean',
        description: 'draw principals and roles without any edge too',
      },
    ],
    examples: [
      {
        command: 'hatrack graph scenarios/11-cross-account.yaml',
        note: 'a Mermaid flowchart, for Markdown',
      },
      {
        command: 'hatrack graph scenario.yaml --format dot | dot -Tsvg > graph.svg',
        note: 'an SVG, with Graphviz',
      },
      {
        command: 'hatrack graph scenario.yaml --at attach-policy --format json',
        note: 'the graph after one step',
      },
    ],
  },
  run(args, terminal) {
    const file = args.positionals[0] ?? ''
    const loaded = loadScenarioFile(file, terminal.io)
    if (loaded.status !== 'loaded') return reportUnloaded(loaded, file, terminal)
    terminal.issues(loaded.warnings, file)
    const { scenario } = loaded
    const at = typeof args.values['at'] === 'string' ? args.values['at'] : undefined
    const moment = worldAfter(scenario, at)
    if (moment.status === 'noSuchStep') {
      const near = closestNames(at ?? '', moment.ids, 3)
      return usageError(
        terminal,
        'graph',
        `the scenario has no step \`${at ?? ''}\``,
        near.length > 0
          ? `did you mean ${near.map((id) => `\`${id}\``).join(' or ')}?`
          : `give a step's id, or a number from 0 to ${moment.ids.length}`,
      )
    }
    const view = graphView(analyzeAssumeRoles(moment.world), {
      title: scenario.title,
      at: moment.at,
      all: args.values['all'] === true,
    })
    const format = args.values['format']
    terminal.io.stdout.write(
      format === 'dot' ? toDot(view) : format === 'json' ? toGraphJson(view) : toMermaid(view),
    )
    return exitCodes.ok
  },
}
