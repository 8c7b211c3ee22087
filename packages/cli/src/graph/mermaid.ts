/**
 * The graph as a Mermaid flowchart. Node ids are generated (`n0`, `n1`, …: ARNs are not valid
 * ids); every label is quoted, and the characters Mermaid reads inside labels are written as its
 * entity codes (`#34;` for `"`), so user values (an external id, a tag) cannot break the syntax.
 * Conditional edges (MFA, external id, …) are dashed, cross-account edges thick.
 */
import type { RenderNode } from '@hatrack/model'
import { byAccount } from './accounts.ts'
import { edgeLabel, plainLabel } from './labels.ts'
import type { GraphView } from './view.ts'

const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#34;',
  '#': '#35;',
  '&': '#38;',
  '<': '#60;',
  '>': '#62;',
  '|': '#124;',
  '`': '#96;',
  '\\': '#92;',
}

/** `text` safe inside a quoted Mermaid label. */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/["#&<>|`\\]/g, (char) => ENTITIES[char] ?? char)
}

function shape(node: RenderNode, id: string): string {
  const label = `"${mermaidText(plainLabel(node.label))}"`
  switch (node.kind) {
    case 'role':
      return `${id}[${label}]`
    case 'user':
    case 'root':
      return `${id}([${label}])`
    case 'service':
      return `${id}{{${label}}}`
    case 'federated':
      return `${id}[/${label}/]`
    case 'externalAccount':
      return `${id}[(${label})]`
  }
}

const CLASSES = [
  'classDef role fill:#fff4e0,stroke:#c77700,color:#222',
  'classDef user fill:#e8f1ff,stroke:#2f6fd6,color:#222',
  'classDef root fill:#ffe8e8,stroke:#c23b3b,color:#222',
  'classDef service fill:#eaf7ea,stroke:#2e8b2e,color:#222',
  'classDef federated fill:#f3eaff,stroke:#7a3fc2,color:#222',
  'classDef externalAccount fill:#f0f0f0,stroke:#666,color:#222',
]

/** The graph as Mermaid flowchart text, ending with a newline. */
export function toMermaid(view: GraphView): string {
  const ids = new Map(view.nodes.map((node, index) => [node.id, `n${index}`]))
  const idOf = (nodeId: string): string => ids.get(nodeId) ?? 'unknown'
  const when =
    view.at.step === undefined
      ? 'before the first step'
      : `after step ${view.at.step.number} (${view.at.step.id})`
  const lines = [
    'flowchart LR',
    `  %% ${mermaidText(`${view.title}: who can assume what ${when}, ${view.at.time}`).replace(/%|[{}]/g, ' ')}`,
  ]
  const { accounts, outside } = byAccount(view.nodes)
  accounts.forEach((account, index) => {
    lines.push(`  subgraph a${index}["account ${mermaidText(account.accountId)}"]`)
    for (const node of account.nodes) lines.push(`    ${shape(node, idOf(node.id))}`)
    lines.push('  end')
  })
  for (const node of outside) lines.push(`  ${shape(node, idOf(node.id))}`)
  for (const edge of view.edges) {
    const arrow = edge.conditional ? '-.->' : edge.crossAccount ? '==>' : '-->'
    lines.push(`  ${idOf(edge.from)} ${arrow}|"${mermaidText(edgeLabel(edge))}"| ${idOf(edge.to)}`)
  }
  lines.push(...CLASSES.map((line) => `  ${line}`))
  for (const node of view.nodes) lines.push(`  class ${idOf(node.id)} ${node.kind}`)
  return `${lines.join('\n')}\n`
}
