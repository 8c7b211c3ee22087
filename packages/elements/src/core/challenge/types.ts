/**
 * What the tutorial elements (`<hatrack-challenge>`, `<hatrack-sandbox>`) get from the core:
 * plain data only. The UI imports these types with `import type`; the code that computes them
 * lives beside this file and comes with the lazily loaded core.
 */
import type { ElementError } from '../types.ts'

/** A problem of the text in an editor, placed in that text (1-based line and column). */
export interface EditorIssue {
  readonly severity: 'error' | 'warning'
  /** One sentence, backticks around the reader's values. */
  readonly message: string
  readonly line?: number
  readonly column?: number
  /** The JSON path, `$.Statement[0].Principal`. */
  readonly path?: string
  readonly hint?: string
  readonly code?: string
  /** The error AWS would answer with (`MalformedPolicyDocument`). */
  readonly awsError?: string
}

/** One item of a challenge's goal, and after grading whether it holds. */
export interface GoalItem {
  /** The step id, `unreachable:N`, or `leastPrivilege`. */
  readonly id: string
  readonly kind: 'step' | 'unreachable' | 'leastPrivilege'
  /** What it is about: "`omkar` calls `sts:AssumeRole` on `arn:…`", "user `mallory`". */
  readonly text: string
  /** What it must give, in words: "must be allowed", "must not reach role `Admin`". */
  readonly want: string
  /** The step's narration. */
  readonly say?: string
  /** Absent before grading. */
  readonly held?: boolean
  /** After grading: "as expected", or what happened instead. */
  readonly detail?: string
  /** After grading, when AWS refused the step: its message. */
  readonly aws?: string
}

/** A grade as the challenge element shows it. */
export interface GradeView {
  readonly status: 'solved' | 'unsolved' | 'invalid'
  readonly solved: boolean
  /** One line: "Solved: …", "Not yet: …", "The document does not parse: …". */
  readonly verdict: string
  /** The document's problems, placed in its text. */
  readonly issues: readonly EditorIssue[]
  /** The goal's items with whether each holds (empty when `invalid`). */
  readonly items: readonly GoalItem[]
  /** What the document allows beyond the reference solution, one sentence each. */
  readonly extras: readonly string[]
  /** The checks that failed: `parse`, step ids, `unreachable`, `leastPrivilege`. */
  readonly failed: readonly string[]
}

/** A loaded challenge: what to show, and how to grade and check a document. */
export interface LoadedChallenge {
  readonly title: string
  readonly summary?: string
  /** What to achieve, Markdown-lite. */
  readonly goal: string
  /** What the reader edits: "the trust policy of role `AppRole`". */
  readonly editLabel: string
  /** The start document (JSON text). */
  readonly start: string
  /** Hints, gentle to explicit. */
  readonly hints: readonly string[]
  /** The reference solution (JSON text). */
  readonly solution: string
  /** The goal's items, not graded yet. */
  readonly items: readonly GoalItem[]
  /** Grades a document; never throws. */
  grade(text: string): GradeView
  /** The document's problems as the reader types (parse and AWS's validation only). */
  check(text: string): readonly EditorIssue[]
  /** The scenario's text with `text` as the edited document, for a player; undefined if not JSON. */
  scenarioWith(text: string): string | undefined
}

/** One policy of a scenario, as the sandbox edits it. */
export interface PolicyTarget {
  /** The document as pretty-printed JSON text. */
  readonly text: string
  /** "the trust policy of role `AppRole`". */
  readonly label: string
}

/** What checking an edit gave: the whole scenario to play, or the problems to show. */
export type EditResult =
  | {
      readonly ok: true
      /** The whole scenario's text (the edit spliced in, in policy mode). */
      readonly scenario: string
      readonly warnings: readonly EditorIssue[]
    }
  | { readonly ok: false; readonly issues: readonly EditorIssue[] }

/** The tutorial part of the core. */
export interface TutorialCore {
  /** Loads a scenario with a `challenge:` section; never throws. */
  loadChallenge(
    text: string,
    options?: { readonly fileName?: string },
  ):
    | { readonly ok: true; readonly challenge: LoadedChallenge }
    | { readonly ok: false; readonly error: ElementError }
  /**
   * Checks an edit: `text` is the whole scenario when `target` is absent, else the document of
   * `target` (`role:AppRole/trust`) in `base`. Loads and replays what results; never throws.
   */
  checkEdit(input: {
    readonly base: string
    readonly text: string
    readonly target?: string
    readonly fileName?: string
  }): EditResult
  /** The document `target` names in the scenario `base`, or why there is none. */
  policyTarget(
    base: string,
    target: string,
  ):
    | { readonly ok: true; readonly policy: PolicyTarget }
    | { readonly ok: false; readonly message: string }
  /** The scenario with its steps after `step` (0-based) removed, comments kept. */
  forkAt(
    text: string,
    step: number,
  ):
    | { readonly ok: true; readonly text: string; readonly steps: number }
    | { readonly ok: false; readonly message: string }
}
