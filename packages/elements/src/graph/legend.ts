/**
 * The legend: every node shape and every edge kind, each with words, so the picture never
 * relies on colour or shape alone. `legendItems` is the data (the table view can reuse it);
 * `legendTemplate()` draws it as a Lit template (a `<ul class="legend">` of small inline SVGs
 * with the same shapes and classes as the graph, styled by `graphStyles`); `renderLegend(el)`
 * renders that template into any element, for hosts that do not use Lit.
 */
import { html, nothing, render, svg } from 'lit'
import type { TemplateResult } from 'lit'
import type { EdgeKind, NodeKind } from '../core/types.ts'
import { markerHeads } from './markers.ts'
import { nodeShapePath } from './shapes.ts'

/** One entry of the legend. `type` tells a session node from a session link. */
export type LegendItem =
  | { readonly type: 'node'; readonly kind: NodeKind; readonly label: string }
  | {
      readonly type: 'edge'
      readonly kind: EdgeKind
      readonly label: string
      readonly conditional?: boolean
    }

/** Every node kind and edge kind, in the order the legend shows them. */
export const legendItems: readonly LegendItem[] = [
  { type: 'node', kind: 'root', label: 'root user' },
  { type: 'node', kind: 'user', label: 'IAM user' },
  { type: 'node', kind: 'group', label: 'group' },
  { type: 'node', kind: 'role', label: 'role' },
  { type: 'node', kind: 'session', label: 'role session' },
  { type: 'node', kind: 'service', label: 'AWS service' },
  { type: 'node', kind: 'provider', label: 'identity provider' },
  { type: 'node', kind: 'resource', label: 'resource' },
  { type: 'node', kind: 'endpoint', label: 'AWS API' },
  { type: 'node', kind: 'instanceProfile', label: 'instance profile' },
  { type: 'node', kind: 'trustAnchor', label: 'trust anchor' },
  { type: 'node', kind: 'rolesAnywhereProfile', label: 'Roles Anywhere profile' },
  { type: 'node', kind: 'cliProfile', label: 'CLI profile' },
  { type: 'node', kind: 'anonymous', label: 'anonymous caller' },
  { type: 'edge', kind: 'trust', label: 'can assume (trust)' },
  { type: 'edge', kind: 'trust', label: 'can assume if (MFA, external id…)', conditional: true },
  { type: 'edge', kind: 'assume', label: 'assumed role' },
  { type: 'edge', kind: 'request', label: 'request' },
  { type: 'edge', kind: 'denial', label: 'denied' },
  { type: 'edge', kind: 'session', label: 'session of role' },
]

/** The small picture of one legend entry, in a 28×20 box centred on 0,0. */
function sample(item: LegendItem): TemplateResult {
  if (item.type === 'node') {
    return svg`<g class="node node--${item.kind}"><path class="node-shape" d=${nodeShapePath(item.kind, 8)}></path></g>`
  }
  const head = item.kind === 'session' ? nothing : markerHeads[item.kind]
  return svg`<g class="edge edge--${item.kind}">
    <path class="edge-line" d="M-13,3H12"></path>
    ${head === nothing ? nothing : svg`<g class="marker marker--${item.kind}"><path d=${head} transform="translate(13,3)"></path></g>`}
    ${item.conditional ? svg`<text class="edge-badge-text" x="0" y="-2">if</text>` : nothing}
  </g>`
}

let fullLegend: TemplateResult | undefined

/**
 * The legend as a Lit template: a list, one item per entry, its picture hidden from readers. The
 * full legend's template is made once and reused (a player renders it with every step).
 */
export function legendTemplate(items: readonly LegendItem[] = legendItems): TemplateResult {
  if (items === legendItems) return (fullLegend ??= legendOf(items))
  return legendOf(items)
}

function legendOf(items: readonly LegendItem[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    ${items.map(
      (item) =>
        html`<li>
          <svg width="28" height="20" viewBox="-14 -10 28 20" aria-hidden="true">
            ${sample(item)}
          </svg>
          <span>${item.label}</span>
        </li>`,
    )}
  </ul>`
}

/** Renders the legend into `container` (replacing what Lit rendered there before). */
export function renderLegend(container: HTMLElement): void {
  render(legendTemplate(), container)
}
