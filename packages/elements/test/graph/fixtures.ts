/** Small hand-built layouts and frames for the graph tests (no core needed). */
import type { TraceStep } from '@hatrack/scenario'
import type {
  Frame,
  FrameCall,
  FrameEdge,
  FrameNode,
  Layout,
  NodeBox,
  NodeKind,
} from '../../src/core/types.ts'

export const arn = {
  omkar: 'arn:aws:iam::123456789012:user/omkar',
  rds: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
  session: 'arn:aws:sts::123456789012:assumed-role/AWSIAMRoleForRDS/omkar',
  bucket: 'arn:aws:s3:::reports',
  evil: 'arn:aws:iam::123456789012:user/evil',
}

const box = (id: string, kind: NodeKind, label: string, x: number, y: number): NodeBox => ({
  id,
  kind,
  label,
  accountId: '123456789012',
  lane: 'main',
  x,
  y,
  r: 18,
})

/** One node of every kind, plus a node whose label is HTML. */
export const kinds: readonly NodeKind[] = [
  'root',
  'user',
  'group',
  'role',
  'session',
  'service',
  'provider',
  'resource',
  'endpoint',
  'instanceProfile',
  'trustAnchor',
  'rolesAnywhereProfile',
  'cliProfile',
  'anonymous',
]

export const htmlLabel = '<img src=x onerror=alert(1)>'

export const layout: Layout = {
  width: 900,
  height: 400,
  lanes: [
    {
      id: 'main',
      accountId: '123456789012',
      label: 'main (123456789012)',
      x: 0,
      y: 0,
      width: 900,
      height: 260,
    },
    { id: 'outside', label: 'outside AWS accounts', x: 0, y: 270, width: 900, height: 130 },
  ],
  nodes: [
    box(arn.omkar, 'user', 'omkar', 80, 80),
    box(arn.rds, 'role', 'AWSIAMRoleForRDS', 300, 80),
    box(arn.session, 'session', 'omkar', 300, 180),
    box(arn.bucket, 'resource', 'reports', 600, 80),
    box(arn.evil, 'user', htmlLabel, 600, 200),
    ...kinds.map((kind, i) => box(`kind:${kind}`, kind, `a ${kind}`, 40 + i * 60, 330)),
  ],
}

const step = { index: 0, id: 's' } as unknown as TraceStep

/** A node state. */
export const present = (changed = false): FrameNode => ({ id: '', present: true, changed })
const absent: FrameNode = { id: '', present: false, changed: false }

export const edge = (
  kind: FrameEdge['kind'],
  from: string,
  to: string,
  extra: Partial<FrameEdge> = {},
): FrameEdge => ({
  id: `${kind}:${from}->${to}`,
  kind,
  from,
  to,
  label: `${kind} edge`,
  conditional: false,
  requires: [],
  crossAccount: false,
  current: false,
  ...extra,
})

/** A frame where `on` nodes are present and every other node absent. */
export function frame(
  on: readonly string[],
  edges: readonly FrameEdge[] = [],
  call?: FrameCall,
  overrides: Readonly<Record<string, FrameNode>> = {},
): Frame {
  const nodes: Record<string, FrameNode> = {}
  for (const node of layout.nodes) {
    nodes[node.id] = on.includes(node.id)
      ? { ...present(), id: node.id }
      : { ...absent, id: node.id }
  }
  return {
    index: 0,
    step,
    caption: '',
    nodes: { ...nodes, ...overrides },
    edges,
    ...(call === undefined ? {} : { call }),
    logLength: 0,
  }
}

export const call = (extra: Partial<FrameCall>): FrameCall => ({
  edge: `request:${arn.omkar}->${arn.bucket}`,
  from: arn.omkar,
  to: arn.bucket,
  action: 's3:GetObject',
  resource: `${arn.bucket}/q1.csv`,
  status: 'denied',
  decision: 'explicitDeny',
  gate: 'scp',
  glyph: '✗',
  label: 'explicit deny · SCP',
  ...extra,
})
