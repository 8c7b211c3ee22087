/**
 * The graph in Graphviz's DOT language: one cluster per account, every id and label a quoted
 * string with `\` and `"` escaped (so `\n` in a value is not read as DOT's line break).
 * Conditional edges (MFA, external id, …) are dashed, cross-account edges bold.
 */
import type { RenderNode } from '@hatrack/model'
import { byAccount } from './accounts.ts'
import { edgeLabel, plainLabel } from './labels.ts'
import type { GraphView } from './view.ts'

/** `text` as a quoted DOT string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`
}

const SHAPES: Readonly<Record<RenderNode['kind'], string>> = {
  role: 'box',
  user: 'ellipse',
  root: 'ellipse',
  service: 'hexagon',
  federated: 'parallelogram',
  externalAccount: 'cylinder',
}

function nodeLine(node: RenderNode): string {
  return `${dotString(node.id)} [label=${dotString(plainLabel(node.label))}, shape=${SHAPES[node.kind]}];`
}

/** The graph as DOT text, ending with a newline. */
export function toDot(view: GraphView): string {
  const when =
    view.at.step === undefined
      ? 'before the first step'
      : `after step ${view.at.step.number} (${view.at.step.id})`
  const lines = [
    'digraph hatrack {',
    `  label=${dotString(`${view.title}: who can assume what ${when}, ${view.at.time}`)};`,
    '  labelloc=t;',
    '  rankdir=LR;',
    '  node [fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ]
  const { accounts, outside } = byAccount(view.nodes)
  accounts.forEach((account, index) => {
    lines.push(
      `  subgraph cluster_${index} {`,
      `    label=${dotString(`account ${account.accountId}`)};`,
    )
    for (const node of account.nodes) lines.push(`    ${nodeLine(node)}`)
    lines.push('  }')
  })
  for (const node of outside) lines.push(`  ${nodeLine(node)}`)
  for (const edge of view.edges) {
    const style = [edge.conditional ? 'style=dashed' : '', edge.crossAccount ? 'penwidth=2' : '']
      .filter((part) => part !== '')
      .map((part) => `, ${part}`)
      .join('')
    lines.push(
      `  ${dotString(edge.from)} -> ${dotString(edge.to)} [label=${dotString(edgeLabel(edge))}${style}];`,
    )
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}
