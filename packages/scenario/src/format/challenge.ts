/**
 * A challenge: the scenario's world as the start, one policy document the reader may change,
 * and a goal the grader checks against the replay of the changed world — the steps'
 * expectations, principals that must not reach a role, and optionally least privilege against
 * the reference solution. Wrong answers, with what the grader must say about each, let the
 * tests keep the grader honest.
 */
import type { InlinePolicyHolder, JsonPath, PolicyKind } from '@hatrack/policy'
import type { PolicyDocument } from './policy.ts'

/** Which document the reader edits, by the scenario's names. */
export type EditTarget =
  /** The trust policy of a role (its key under `roles`). */
  | { readonly kind: 'trust'; readonly role: string }
  /** An inline policy of a user, group or role. */
  | {
      readonly kind: 'inline'
      readonly holder: InlinePolicyHolder
      /** The key of the user, group or role. */
      readonly key: string
      /** The inline policy's name. */
      readonly name: string
    }
  /** A customer managed policy (a permissions boundary is one), by its key under `policies`. */
  | { readonly kind: 'managed'; readonly policy: string }
  /** The resource-based policy of a resource, by its key under `resources`. */
  | { readonly kind: 'resource'; readonly resource: string }

/** The document the reader may change. */
export interface ChallengeEdit {
  readonly target: EditTarget
  /** How the document is parsed and checked: `trust`, `identity` or `resource`. */
  readonly policyKind: PolicyKind
  /** For inline policies: whose, for the size quota. */
  readonly inline?: InlinePolicyHolder
  /** In words: "the trust policy of role `AppRole`". */
  readonly label: string
  /** Where the start document is in the scenario. */
  readonly path: JsonPath
  /** The start document as JSON text, what the reader's editor shows first. */
  readonly start: string
}

/** A principal that must not reach a role, directly or through a chain of roles. */
export interface UnreachableGoal {
  /** Its id in the who-can-assume analysis: a user's ARN, or a role's ARN for its sessions. */
  readonly principal: string
  /** In words: "user `mallory`". */
  readonly principalLabel: string
  readonly role: string
  /** In words: "role `Admin`". */
  readonly roleLabel: string
  readonly path: JsonPath
}

/** Least privilege: what the reader's world allows beyond the reference solution's. */
export interface LeastPrivilegeGoal {
  /** Actions probed beyond those the documents name (`service:Action`, wildcards allowed). */
  readonly actions: readonly string[]
  /** Resource ARNs probed beyond the world's. */
  readonly resources: readonly string[]
}

/** What a wrong answer must fail: a goal step's id, `unreachable`, `leastPrivilege` or `parse`. */
export type ChallengeCheck = string

/** A wrong answer the tests grade, and what the grader must say about it. */
export interface WrongAnswer {
  /** Why it is wrong, in a sentence. */
  readonly why: string
  /** The document, as JSON text (it need not parse: `fails: [parse]`). */
  readonly document: string
  /** The checks that must fail. */
  readonly fails: readonly ChallengeCheck[]
  /** Text the grade must contain (in a detail, an extra or the verdict). */
  readonly says?: string
  readonly path: JsonPath
}

/** The `challenge:` section of a scenario. */
export interface Challenge {
  /** What to achieve, Markdown. */
  readonly goal: string
  readonly edit: ChallengeEdit
  /** Hints, Markdown, from gentle to explicit. */
  readonly hints: readonly string[]
  /** The reference solution, parsed. */
  readonly solution: PolicyDocument
  /** The reference solution as JSON text. */
  readonly solutionText: string
  readonly unreachable: readonly UnreachableGoal[]
  /** Absent: extras are not graded. */
  readonly leastPrivilege: LeastPrivilegeGoal | undefined
  readonly wrong: readonly WrongAnswer[]
  /** `['challenge']`. */
  readonly path: JsonPath
}
