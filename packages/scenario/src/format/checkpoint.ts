/**
 * Prediction checkpoints: a question asked before a step runs, its choices, the right one and
 * an explanation revealed after the reader answers. A choice may say what the step would give
 * if it were right; the replay then checks that the answer's expectation holds and that no
 * other choice's does, so a checkpoint can never teach a wrong answer.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Expectation } from './expectation.ts'

/** One answer a checkpoint offers. */
export interface CheckpointChoice {
  /** What the reader reads, Markdown. */
  readonly text: string
  /** What the step gives if this choice is right; checked by the replay. */
  readonly expect?: Expectation
}

/** A question asked before a step runs. */
export interface Checkpoint {
  /** The question, Markdown. */
  readonly question: string
  /** Two or more choices, in the file's order. */
  readonly choices: readonly CheckpointChoice[]
  /** The 0-based index of the right choice in `choices` (the file counts from 1). */
  readonly answer: number
  /** Revealed after the reader answers, Markdown. */
  readonly explain: string
  /** `['steps', index, 'checkpoint']`. */
  readonly path: JsonPath
}
