/**
 * What a replay keeps while it runs: the simulation (the world and its session actors), the
 * names the scenario uses for what the model generates (sessions' access keys, resources'
 * ARNs, organization ids), the entities seen so far, and what the current step has recorded.
 * Mutable, and private to one `replay` call.
 */
import type { Simulation } from '@hatrack/model'
import type { Scenario } from '../format/scenario.ts'
import type { SessionView, TraceAuthorization, WorldChange } from '../trace/types.ts'
import type { EntityRegistry } from './entities.ts'

/** A session a step was to create: its access key, or the error that prevented it. */
export type SessionSlot =
  | { readonly status: 'created'; readonly accessKeyId: string; readonly name: string }
  | {
      readonly status: 'failed'
      readonly name: string
      readonly stepId: string
      readonly error: { readonly code: string; readonly message: string }
    }

/** The IAM user whose MFA device a session's holder would use. */
export interface UserRef {
  readonly accountId: string
  readonly userName: string
}

/** What the current step has recorded so far. */
export interface StepRecord {
  readonly created: SessionView[]
  readonly changes: WorldChange[]
  /** Authorizations made on the way (a CLI profile assuming its role, …). */
  readonly decisions: TraceAuthorization[]
}

/** The replay's state. */
export interface ReplayState {
  readonly scenario: Scenario
  readonly simulation: Simulation
  readonly entities: EntityRegistry
  /** Keys of `resources`, trust anchors and Roles Anywhere profiles → ARNs. */
  readonly resourceArns: Map<string, string>
  readonly anchorArns: Map<string, string>
  readonly profileArns: Map<string, string>
  /** Organization policy names → ids (`p-…`), OU names → ids (`ou-…`). */
  readonly organizationPolicies: Map<string, string>
  readonly organizationUnits: Map<string, string>
  /** Sessions by the index of the step that created them. */
  readonly slots: Map<number, SessionSlot>
  /** Every session's scenario name, by access key id. */
  readonly sessionNames: Map<string, string>
  /** The latest session of each name, by name. */
  readonly sessionsByName: Map<string, string>
  /** Sessions not yet seen expired, by access key id, in issue order. */
  readonly live: Map<string, string>
  /** Cached credentials: CLI profiles (`profile:NAME`) and resources acting as callers. */
  readonly cached: Map<string, string>
  /** The IAM user behind each session, for `mfa: true` in a chain. */
  readonly sessionUsers: Map<string, UserRef>
  /** The index of the step running. */
  step: number
  record: StepRecord
}

/** An empty record for a new step. */
export function newRecord(): StepRecord {
  return { created: [], changes: [], decisions: [] }
}
