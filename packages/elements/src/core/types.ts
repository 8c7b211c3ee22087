/**
 * The data the elements draw, computed up front from a replay (design.md: "elements turns the
 * trace into frames"). Everything here is plain data: the graph renderer, the panels and the
 * player read it and never call the model. The heavy part (loading, replaying, the model) lives
 * behind `src/core/index.ts`, which the components import lazily, so the player's own module
 * stays small; the components import only these types.
 */
import type { Decision, DecisionKind, GateName } from '@hatrack/engine'
import type { JsonPath } from '@hatrack/policy'
import type { Trace, TraceOutcome, TraceStep } from '@hatrack/scenario'
import type { TutorialCore } from './challenge/types.ts'

/** The kinds of node the graph draws, each with its own shape and an entry in the legend. */
export type NodeKind =
  | 'root'
  | 'user'
  | 'group'
  | 'role'
  | 'session'
  | 'service'
  | 'provider'
  | 'resource'
  | 'instanceProfile'
  | 'trustAnchor'
  | 'rolesAnywhereProfile'
  | 'cliProfile'
  | 'anonymous'
  /** An AWS API a request went to when its resource is no entity of the scenario (`iam` for `iam:ListRoles` on `*`). */
  | 'endpoint'

/** An account's lane (or the lane of things outside any account: services, providers). */
export interface LaneBox {
  readonly id: string
  /** The 12-digit account id; absent for the "outside AWS accounts" lane. */
  readonly accountId?: string
  /** `main (123456789012)`. */
  readonly label: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Where a node sits. Computed once over every node that ever appears: nodes never jump. */
export interface NodeBox {
  readonly id: string
  readonly kind: NodeKind
  readonly label: string
  readonly accountId?: string
  /** The id of its lane. */
  readonly lane: string
  /** Centre. */
  readonly x: number
  readonly y: number
  /** Half the node's extent, for edge ends and hit areas. */
  readonly r: number
}

/** The layout of a whole trace: deterministic, the same trace always gives the same numbers. */
export interface Layout {
  readonly width: number
  readonly height: number
  readonly lanes: readonly LaneBox[]
  /** In a stable order (lane, then kind, then label): the order nodes are drawn. */
  readonly nodes: readonly NodeBox[]
}

/**
 * The kinds of edge, each drawn differently (never by colour alone):
 * - `trust`: the principal can assume the role (the analysis of the world at that step), dashed;
 *   `conditional` when the call must carry something (MFA, an external id, …);
 * - `assume`: an STS call that created a session (from the caller to the role);
 * - `request`: an allowed request (from the caller to the resource or endpoint);
 * - `denial`: a call or request that was refused (denied or an error);
 * - `session`: a session tied to its role (drawn short: the session sits beside its role).
 */
export type EdgeKind = 'trust' | 'assume' | 'request' | 'denial' | 'session'

/** One edge in one frame. Ids are stable across frames: `KIND:FROM->TO`. */
export interface FrameEdge {
  readonly id: string
  readonly kind: EdgeKind
  readonly from: string
  readonly to: string
  /** One line for the tooltip and the table: "trust names the user; MFA required", "sts:AssumeRole". */
  readonly label: string
  readonly conditional: boolean
  /** What the call must carry, in words ("MFA", "external id"). */
  readonly requires: readonly string[]
  readonly crossAccount: boolean
  /** Whether this frame's call travels along it. */
  readonly current: boolean
}

/** One node's state in one frame. */
export interface FrameNode {
  readonly id: string
  /** Whether it exists at this step (declared, created earlier, not yet deleted). */
  readonly present: boolean
  /** Sessions: active or expired at this step. */
  readonly status?: 'active' | 'expired'
  /** Sessions: `59m 30s left`, `expired`. */
  readonly ttl?: string
  /** Sessions: the expiration instant, ISO. */
  readonly expiresAt?: string
  /** Its part in this frame's call. */
  readonly part?: 'actor' | 'target'
  /** Whether this step changed it (created, updated, deleted). */
  readonly changed: boolean
}

/** The call a frame animates: it travels along `edge` and ends in a glyph at the deciding gate. */
export interface FrameCall {
  readonly edge: string
  readonly from: string
  readonly to: string
  readonly action: string
  readonly resource: string
  readonly status: TraceOutcome['status']
  readonly decision?: DecisionKind
  readonly gate?: GateName
  /** ✓ for allowed, ✗ for denied, `!` for an AWS error other than AccessDenied. */
  readonly glyph: '✓' | '✗' | '!'
  /** Short words beside the glyph: "allowed · trust", "explicit deny · SCP", "ExpiredToken". */
  readonly label: string
}

/** One line of the request log. */
export interface LogEntry {
  readonly step: number
  readonly stepId: string
  readonly at: string
  readonly actor?: string
  readonly action?: string
  readonly resource?: string
  readonly status: TraceOutcome['status']
  readonly decision?: DecisionKind
  readonly gate?: GateName
  readonly message: string
}

/** What the picture shows at one step. */
export interface Frame {
  readonly index: number
  readonly step: TraceStep
  readonly chapter?: string
  /** The step's narration, or a sentence made from the step when it has none. */
  readonly caption: string
  /** Every node of the layout, by id. */
  readonly nodes: Readonly<Record<string, FrameNode>>
  readonly edges: readonly FrameEdge[]
  readonly call?: FrameCall
  /** How many log entries exist once this step has run (the log is `frames.log.slice(0, n)`). */
  readonly logLength: number
}

/** A chapter of the timeline: its title and its first step. */
export interface Chapter {
  readonly title: string
  readonly step: number
}

/** Every frame of a trace, computed at once so seeking and stepping back cost nothing. */
export interface Frames {
  readonly trace: Trace
  readonly layout: Layout
  readonly frames: readonly Frame[]
  /** Every step's caption, in step order: what `frames[i].caption` says, no frame built. */
  readonly captions: readonly string[]
  readonly chapters: readonly Chapter[]
  readonly log: readonly LogEntry[]
}

/** A policy shown in details or in the decision panel: its document as JSON text with paths. */
export interface PolicyView {
  /** The name decisions use for it (`AmazonRDSFullAccess`, `trust`, `inline:AllowS3`). */
  readonly name: string
  readonly kind:
    | 'trust'
    | 'identity'
    | 'inline'
    | 'managed'
    | 'boundary'
    | 'resource'
    | 'session'
    | 'scp'
    | 'rcp'
  readonly arn?: string
  /** The document, pretty-printed with two-space indents. */
  readonly text: string
}

/** Details on demand for one node at one step. */
export interface NodeDetails {
  readonly id: string
  readonly kind: NodeKind
  readonly label: string
  readonly arn?: string
  /** Label/value pairs: unique id, account, path, max session duration, expiration, tags, … */
  readonly facts: readonly { readonly label: string; readonly value: string }[]
  readonly policies: readonly PolicyView[]
}

/** A statement to highlight in a policy view. */
export interface StatementHighlight {
  /** The statement's index in `Statement` (0 for a single statement object). */
  readonly index: number
  /** `allow`/`deny`: it decided; `near`: it came closest to allowing. */
  readonly tone: 'allow' | 'deny' | 'near'
  /** The failing element's path, for a near miss (to underline it). */
  readonly path?: JsonPath
}

/** The who-can-assume graph `<hatrack-graph>` draws at one step. */
export interface AssumeView {
  readonly layout: Layout
  readonly edges: readonly FrameEdge[]
}

/** An error a component shows (and puts in its `hatrack-error` event). */
export interface ElementError {
  readonly type: 'fetch' | 'parse' | 'validate' | 'evaluate'
  readonly message: string
  readonly line?: number
  readonly column?: number
  /** The JSON path, `$.roles.Admin.trust`. */
  readonly path?: string
  readonly hint?: string
  readonly code?: string
  /** Every issue when there are several (the first is `message`). */
  readonly issues?: readonly Omit<ElementError, 'issues' | 'type'>[]
}

/** The loaded, replayed scenario every component works from. */
export interface Loaded {
  readonly source: string
  readonly fileName?: string
  readonly frames: Frames
  /** Details of a node as the world stands after `step` (-1: before the first step). */
  nodeDetails(id: string, step: number): NodeDetails | undefined
  /** The policies a step's decision names, as they stood when it was made, by name. */
  decisionPolicies(step: number): readonly PolicyView[]
  /** Who can assume what after `step`. */
  assumeView(step: number): AssumeView
}

/** What the lazily loaded core module offers (`import('./core/index.ts')`). */
export interface Core {
  /** Loads and replays scenario text (YAML or JSON); never throws. */
  loadScenario(
    source: string,
    options?: { readonly fileName?: string },
  ):
    | { readonly ok: true; readonly loaded: Loaded; readonly warnings: readonly ElementError[] }
    | { readonly ok: false; readonly error: ElementError }
  /** The same for a trace computed elsewhere (`hatrack replay --json`); details are then unavailable. */
  loadTrace(
    trace: Trace,
  ):
    | { readonly ok: true; readonly frames: Frames }
    | { readonly ok: false; readonly error: ElementError }
  /** Challenges and the sandbox's edits (`src/core/challenge/`); absent in cores without them. */
  readonly tutorial?: TutorialCore
  /**
   * Runs a small scenario through the core so that a page's first real load runs compiled code
   * (`warm-up.ts`), unless a scenario was loaded already; true when it ran.
   */
  warmUp?(): boolean
}

export type { Decision, DecisionKind, GateName }
