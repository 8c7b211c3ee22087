/**
 * What `gradeChallenge` gives: plain data a page can show beside the goal — the reader's
 * document's problems, each goal with whether it holds now, the unreachable checks, what the
 * document allows beyond the reference solution, a verdict in one line.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Expectation } from '../format/expectation.ts'
import type { Trace, TraceLocation } from '../trace/types.ts'

/** A problem of the reader's document, placed in the document's own text (1-based). */
export interface GradeIssue {
  /** A policy parser code (`policy.json.syntax`, …) or a grader code (`challenge.refused`, …). */
  readonly code: string
  readonly severity: 'error' | 'warning'
  /** One sentence for the reader. */
  readonly message: string
  /** Where in the document: `['Statement', 0, 'Principal']`. */
  readonly path: JsonPath
  readonly line?: number
  readonly column?: number
  readonly hint?: string
  /** The error AWS would answer with (`MalformedPolicyDocument`). */
  readonly awsError?: string
}

/** One expectation of the goal: a step of the scenario and whether it holds with the document. */
export interface GoalResult {
  /** The step's id; a wrong answer's `fails` names it. */
  readonly id: string
  readonly index: number
  readonly location: TraceLocation
  /** What the step does: "`omkar` calls `sts:AssumeRole` on `arn:aws:iam::…:role/AppRole`". */
  readonly label: string
  /** What it must give, in words: "allowed", "denied", "implicitDeny at trust". */
  readonly want: string
  /** The step's narration, when it has one. */
  readonly say?: string
  readonly expected: Expectation
  readonly held: boolean
  /** "as expected", or what happened instead. */
  readonly detail: string
}

/** One principal that must not reach a role, and whether it does. */
export interface UnreachableResult {
  readonly principal: string
  readonly principalLabel: string
  readonly role: string
  readonly roleLabel: string
  readonly held: boolean
  /** "user `mallory` cannot reach role `Admin`", or the path it takes. */
  readonly detail: string
  /** When it reaches the role: each role on the way, the last one included. */
  readonly through?: readonly string[]
}

/** Something the reader's world allows that the reference solution's does not. */
export type PrivilegeExtra =
  | {
      /** A principal can assume the role (or can without a condition the solution requires). */
      readonly kind: 'assume'
      readonly principal: string
      readonly principalLabel: string
      readonly role: string
      readonly roleLabel: string
      /** Condition keys the solution requires of this principal and the reader's does not. */
      readonly without?: readonly string[]
      /** "also lets user `bob` assume role `AppRole`". */
      readonly sentence: string
    }
  | {
      /** A principal can make requests the solution refuses it. */
      readonly kind: 'request'
      readonly principal: string
      readonly principalLabel: string
      readonly resource: string
      /** The actions: those the goal says must be refused first, then the others, sorted. */
      readonly actions: readonly string[]
      /** "also allows `s3:DeleteObject` on `arn:aws:s3:::reports/*` to role `AppRole`". */
      readonly sentence: string
    }

/** Least privilege: the reader's world against the reference solution's. */
export interface LeastPrivilegeResult {
  readonly held: boolean
  readonly extras: readonly PrivilegeExtra[]
  /** "allows nothing beyond the reference solution", or how much more. */
  readonly detail: string
  /** What was compared: principals × actions × resources, or the roles' trust. */
  readonly probed: {
    readonly principals: number
    readonly actions: number
    readonly resources: number
  }
}

/** `solved`, `unsolved`, or `invalid` (the document does not parse, or AWS would refuse it). */
export type GradeStatus = 'solved' | 'unsolved' | 'invalid'

/** The grade of one document. */
export interface ChallengeGrade {
  readonly status: GradeStatus
  readonly solved: boolean
  /** One line: "Solved: …", "Not yet: …", "The document does not parse: …". */
  readonly verdict: string
  /** Problems of the document: errors make it `invalid` (nothing is replayed), warnings do not. */
  readonly parse: readonly GradeIssue[]
  /** The steps' expectations, in step order (empty when `invalid`). */
  readonly goals: readonly GoalResult[]
  readonly unreachable: readonly UnreachableResult[]
  /** Absent when the challenge does not grade least privilege, or the document is `invalid`. */
  readonly leastPrivilege?: LeastPrivilegeResult
  /** The checks that failed: `parse`, goal step ids, `unreachable`, `leastPrivilege`. */
  readonly failed: readonly string[]
  /** The replay of the scenario with the reader's document (absent when `invalid`). */
  readonly trace?: Trace
}
