/**
 * The words the panels put beside every glyph, so no meaning rests on colour or on a glyph
 * alone: gate names, gate outcomes, decisions, log outcomes, policy, node and edge kinds.
 */
import type { GateName } from '@hatrack/engine'
import type { DecisionKind, EdgeKind, LogEntry, NodeKind, PolicyView } from '../core/types.ts'

/** A glyph (decorative, hidden from screen readers) and the words that carry the meaning. */
export interface Verdict {
  readonly glyph: string
  readonly words: string
  /** The tone the theme colours: `allow`, `explicit-deny`, `implicit-deny`, `error`, `none`. */
  readonly tone: 'allow' | 'explicit-deny' | 'implicit-deny' | 'error' | 'none'
}

/** Gate outcomes as the engine names them. */
export type GateOutcomeName = 'allow' | 'explicitDeny' | 'implicitDeny' | 'notApplicable'

/** Each gate's name in words, in AWS's terms. */
export const gateNames: Readonly<Record<GateName, string>> = {
  rcp: 'Resource control policies (RCPs)',
  scp: 'Service control policies (SCPs)',
  resource: 'Resource-based policy',
  trust: 'Role trust policy',
  identity: 'Identity-based policies',
  boundary: 'Permissions boundary',
  session: 'Session policies',
}

/** What one gate said. */
export const gateOutcomes: Readonly<Record<GateOutcomeName, Verdict>> = {
  allow: { glyph: '✓', words: 'allows', tone: 'allow' },
  explicitDeny: { glyph: '✗', words: 'explicit deny', tone: 'explicit-deny' },
  implicitDeny: { glyph: '⊘', words: 'implicit deny', tone: 'implicit-deny' },
  notApplicable: { glyph: '–', words: 'not applicable', tone: 'none' },
}

/** What the whole decision was. */
export const decisionVerdicts: Readonly<Record<DecisionKind, Verdict>> = {
  allowed: { glyph: '✓', words: 'Allowed', tone: 'allow' },
  explicitDeny: { glyph: '✗', words: 'Explicit deny', tone: 'explicit-deny' },
  implicitDeny: { glyph: '⊘', words: 'Implicit deny', tone: 'implicit-deny' },
}

/** One sentence on what each kind of decision means. */
export const decisionMeanings: Readonly<Record<DecisionKind, string>> = {
  allowed: 'Every gate that applies let the request through.',
  explicitDeny:
    'A Deny statement matched the request. An explicit deny always wins: no Allow anywhere can override it.',
  implicitDeny:
    'No statement allowed the request at this gate, and nothing denied it explicitly. Everything not allowed is denied.',
}

/** How a log entry or a step came out, in a glyph and words. */
export function outcomeVerdict(entry: Pick<LogEntry, 'status' | 'decision'>): Verdict {
  if (entry.decision !== undefined) return decisionVerdicts[entry.decision]
  switch (entry.status) {
    case 'allowed':
      return decisionVerdicts.allowed
    case 'denied':
      return { glyph: '✗', words: 'Denied', tone: 'explicit-deny' }
    case 'error':
      return { glyph: '!', words: 'Error', tone: 'error' }
    case 'ok':
      return { glyph: '•', words: 'Done', tone: 'none' }
  }
}

/** Policy kinds in words. */
export const policyKindNames: Readonly<Record<PolicyView['kind'], string>> = {
  trust: 'trust policy',
  identity: 'identity-based policy',
  inline: 'inline policy',
  managed: 'managed policy',
  boundary: 'permissions boundary',
  resource: 'resource-based policy',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
}

/** Node kinds in words. */
export const nodeKindNames: Readonly<Record<NodeKind, string>> = {
  root: 'root user',
  user: 'IAM user',
  group: 'IAM group',
  role: 'IAM role',
  session: 'role session',
  service: 'AWS service',
  provider: 'identity provider',
  resource: 'resource',
  instanceProfile: 'instance profile',
  trustAnchor: 'trust anchor',
  rolesAnywhereProfile: 'Roles Anywhere profile',
  cliProfile: 'CLI profile',
  anonymous: 'anonymous caller',
  endpoint: 'AWS API',
}

/** Edge kinds in words. */
export const edgeKindNames: Readonly<Record<EdgeKind, string>> = {
  trust: 'can assume (trust)',
  assume: 'assumed (STS call)',
  request: 'request allowed',
  denial: 'refused',
  session: 'session of',
}
