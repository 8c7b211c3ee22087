/**
 * The Trace: what `replay` gives for a scenario, step by step. It is plain JSON — no Maps, no
 * class instances, no `undefined` values (absent keys are left out) — and the same scenario
 * always gives the same bytes, so `JSON.stringify(trace)` of two replays are equal.
 *
 * Times are ISO 8601 instants in UTC, as AWS writes them (`2026-01-01T09:00:00Z`), read from the
 * simulated clock.
 */
import type { Decision, DecisionKind, GateName } from '@hatrack/engine'
import type { JsonPath } from '@hatrack/policy'
import type { Expectation } from '../format/expectation.ts'
import type { StepKind } from '../format/steps.ts'

/** The format name every trace carries. */
export type TraceFormat = 'hatrack-trace'

/** A place in a scenario file: `file:line:column` (1-based). */
export interface TraceLocation {
  readonly file?: string
  readonly line: number
  readonly column: number
}

/** The kinds of node a trace shows. */
export type EntityKind =
  | 'account'
  | 'root'
  | 'user'
  | 'group'
  | 'role'
  | 'policy'
  | 'session'
  | 'service'
  | 'provider'
  | 'resource'
  | 'instanceProfile'
  | 'trustAnchor'
  | 'rolesAnywhereProfile'
  | 'cliProfile'
  | 'organization'
  | 'anonymous'

/**
 * Every node that ever appears in the replay, for a layout computed once. An account's id is its
 * 12 digits, its root user's `arn:aws:iam::ACCT:root`; an IAM entity's id is its ARN (a user deleted and re-created keeps its node); a session's id is its access key id
 * (`ASIA…`); a service's is its principal (`lambda.amazonaws.com`); a CLI profile's is
 * `profile:NAME`; the organization's is its id (`o-…`); the anonymous caller's is `anonymous`.
 */
export interface EntityView {
  readonly id: string
  readonly kind: EntityKind
  /** The name the scenario uses (`omkar`, `omkar@AWSIAMRoleForRDS`). */
  readonly label: string
  readonly accountId?: string
  /** Sessions: the ARN of their role (absent for `GetSessionToken` sessions). */
  readonly role?: string
  /** Sessions: the id of the user or session whose credentials created it. */
  readonly parent?: string
  /** The index of the first step it exists at; 0 for what the scenario declares. */
  readonly firstStep: number
  /** The index of the step that deleted it; absent while it exists to the end. */
  readonly lastStep?: number
}

/** Who acts in a step. */
export interface TraceActor {
  /**
   * The id of its {@link EntityView}; `admin` for an administrator's change (no entity), and
   * `missing:NAME` for credentials that do not exist (a session whose step failed, a resource
   * that was never created).
   */
  readonly entity: string
  readonly label: string
  readonly kind: EntityKind | 'admin'
}

/** What a step asked AWS for: `sts:AssumeRole` on a role ARN, `s3:GetObject` on an object. */
export interface TraceCall {
  readonly action: string
  readonly resource: string
}

/** An AWS error, with AWS's code and message. */
export interface TraceError {
  readonly code: string
  readonly message: string
}

/**
 * How a step came out.
 * - `allowed`: a request or call was authorized and done;
 * - `denied`: authorization refused it (`AccessDenied`, with `decision` and `gate`);
 * - `error`: AWS refused it for another reason (`ValidationError`, `ExpiredToken`, …), or the
 *   step could not run (its session was never created);
 * - `ok`: a step that asks for no authorization (advance, narration, an administrator's change,
 *   useSession, switchBack, unset) and went through.
 */
export interface TraceOutcome {
  readonly status: 'allowed' | 'denied' | 'error' | 'ok'
  readonly decision?: DecisionKind
  readonly gate?: GateName
  /** One line for the reader: AWS's message for a denial or an error, what happened otherwise. */
  readonly message: string
  readonly error?: TraceError
}

/** Another authorization a step made (`iam:PassRole`, `sts:TagSession`, a stack's resource). */
export interface TraceAuthorization {
  /** What it was for: `iam:PassRole`, `Stack resource LambdaRole`, … */
  readonly label: string
  readonly call: TraceCall
  readonly decision: Decision
}

/** A session tag. */
export interface TraceSessionTag {
  readonly key: string
  readonly value: string
  readonly transitive: boolean
}

/** A session created by a step. */
export interface SessionView {
  /** The id of its {@link EntityView}: the access key id. */
  readonly entity: string
  /** The name later steps use in `as:`. */
  readonly name: string
  /** The STS call that created it: `AssumeRole`, `GetSessionToken`, … */
  readonly source: string
  /** The session's principal ARN (`arn:aws:sts::…:assumed-role/ROLE/NAME`). */
  readonly arn: string
  readonly accessKeyId: string
  readonly role?: string
  readonly sessionName?: string
  readonly issuedAt: string
  readonly expiresAt: string
  readonly chained: boolean
  readonly mfa: boolean
  readonly sourceIdentity?: string
  readonly tags: readonly TraceSessionTag[]
}

/** The sessions a step touched. */
export interface TraceSessions {
  readonly created: readonly SessionView[]
  /** The name of the session whose credentials the step used. */
  readonly used?: string
  /** Names of sessions that expired during this step (an `advance`). */
  readonly expired: readonly string[]
}

/** One change to the world a step made. */
export interface WorldChange {
  readonly op: 'create' | 'update' | 'delete'
  /** The operation: `createRole`, `attachRolePolicy`, … */
  readonly operation: string
  /** The id of the entity changed (its {@link EntityView}). */
  readonly entity: string
  readonly kind: EntityKind
  /** One line: "attached `IAMFullAccess` to role `CloudFormationRole`". */
  readonly summary: string
}

/** Whether a step's expectation held. */
export interface ExpectationResult {
  /** The expectation, as written. */
  readonly expected: Expectation
  readonly held: boolean
  /** One line: "as expected" or what differed ("expected implicitDeny at identity, got allowed …"). */
  readonly detail: string
  /** Each key that did not hold, one line each. */
  readonly failures: readonly string[]
}

/** A choice of a checkpoint, and how it compares with the replay. */
export interface TraceCheckpointChoice {
  readonly text: string
  /** Whether it is the checkpoint's answer. */
  readonly right: boolean
  /** What the step gives if this choice is right, as written. */
  readonly expect?: Expectation
  /** Whether `expect` holds at this step (absent without `expect`). */
  readonly holds?: boolean
}

/** A prediction question asked before the step, with its choices checked against the replay. */
export interface TraceCheckpoint {
  readonly question: string
  readonly choices: readonly TraceCheckpointChoice[]
  /** The 0-based index of the right choice. */
  readonly answer: number
  /** Revealed once the reader has answered. */
  readonly explain: string
  /** The replay agrees with the answer: its expectation holds, and no other choice's does. */
  readonly held: boolean
  /** One line: "the replay agrees with the answer", or what disagrees. */
  readonly detail: string
  /** Each disagreement, one line each. */
  readonly failures: readonly string[]
}

/** One step of the replay. */
export interface TraceStep {
  readonly index: number
  readonly id: string
  readonly kind: StepKind
  readonly location: TraceLocation
  readonly chapter?: string
  readonly say?: string
  /** The simulated clock when the step ran (for `advance`, after it). */
  readonly at: string
  readonly actor?: TraceActor
  readonly call?: TraceCall
  readonly outcome: TraceOutcome
  /** The engine's decision, with its explanation gate by gate. */
  readonly decision?: Decision
  /** Other authorizations the step made. */
  readonly decisions?: readonly TraceAuthorization[]
  readonly sessions: TraceSessions
  readonly changes: readonly WorldChange[]
  /**
   * The call's response with AWS's names: `Credentials` (`AccessKeyId`, `SecretAccessKey`,
   * `SessionToken`, `Expiration`), `AssumedRoleUser` (`AssumedRoleId`, `Arn`), `SourceIdentity`,
   * `PackedPolicySize`; for `GetCallerIdentity` `UserId`, `Account`, `Arn`.
   */
  readonly output?: Readonly<Record<string, unknown>>
  readonly expectation?: ExpectationResult
  /** The step's prediction checkpoint, checked against what the step gave. */
  readonly checkpoint?: TraceCheckpoint
}

/** A declaration of the scenario the model refused while building the world. */
export interface SetupError {
  /** What was declared: `role AWSIAMRoleForRDS`. */
  readonly declaration: string
  /** Its JSON path in the scenario. */
  readonly path: JsonPath
  readonly location?: TraceLocation
  readonly error: TraceError
}

/** The scenario a trace replays. */
export interface TraceScenario {
  readonly title: string
  readonly summary?: string
  readonly fileName?: string
  /** `start`, ISO. */
  readonly start: string
  readonly seed: number
  readonly region: string
}

/** Counts over the whole trace. */
export interface TraceSummary {
  readonly steps: number
  readonly expectations: {
    readonly passed: number
    readonly failed: number
    /** Steps without an expectation. */
    readonly unchecked: number
  }
  /** Declarations the model refused. */
  readonly setupErrors: number
  /** Checkpoints whose answer the replay confirms, and those it does not (absent when none). */
  readonly checkpoints?: { readonly passed: number; readonly failed: number }
}

/** The replay of one scenario. */
export interface Trace {
  readonly format: TraceFormat
  readonly version: 1
  readonly scenario: TraceScenario
  /** How building the world went: declarations the model refused (empty when none). */
  readonly setup: { readonly errors: readonly SetupError[] }
  readonly entities: readonly EntityView[]
  readonly steps: readonly TraceStep[]
  readonly summary: TraceSummary
}
