/**
 * Checking a step's prediction checkpoint against what the step gave: the answer's expectation
 * must hold and no other choice's may, so a checkpoint can never teach a wrong answer. Each
 * choice is checked as a step's `expect` is.
 */
import type { Checkpoint } from '../format/checkpoint.ts'
import { code } from '../load/text/words.ts'
import type { TraceCheckpoint, TraceCheckpointChoice, TraceStep } from '../trace/types.ts'
import { checkExpectation } from './expectations.ts'
import type { ReplayState } from './state.ts'

type Writable<T> = { -readonly [K in keyof T]?: T[K] }

/** The checkpoint of the step that gave `step`, each choice checked. */
export function checkCheckpoint(
  state: ReplayState,
  checkpoint: Checkpoint,
  step: Omit<TraceStep, 'expectation' | 'checkpoint'>,
): TraceCheckpoint {
  const answerFailures: string[] = []
  const otherFailures: string[] = []
  let checked = false
  const choices = checkpoint.choices.map((choice, index): TraceCheckpointChoice => {
    const right = index === checkpoint.answer
    // Keys in a fixed order: the same bytes every time.
    const out: Writable<TraceCheckpointChoice> = { text: choice.text, right }
    if (choice.expect === undefined) return out as TraceCheckpointChoice
    checked = true
    const result = checkExpectation(state, choice.expect, step)
    out.expect = result.expected
    out.holds = result.held
    const which = `choice ${index + 1} (${code(choice.text)})`
    if (right && !result.held)
      answerFailures.push(`the answer, ${which}, does not match the replay: ${result.detail}`)
    if (!right && result.held)
      otherFailures.push(`${which} matches the replay too, yet it is not the answer`)
    return out as TraceCheckpointChoice
  })
  const failures = [...answerFailures, ...otherFailures]
  return {
    question: checkpoint.question,
    choices,
    answer: checkpoint.answer,
    explain: checkpoint.explain,
    held: failures.length === 0,
    detail:
      failures.length > 0
        ? failures.join('; ')
        : checked
          ? 'the replay agrees with the answer'
          : 'not checked: no choice says what the step gives',
    failures,
  }
}
