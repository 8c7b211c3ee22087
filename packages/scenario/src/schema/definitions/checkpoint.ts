/**
 * `checkpoint`: a prediction question on a step. The player pauses before the step, asks,
 * and reveals the answer and its explanation once the reader has chosen.
 */
import { opt, s, type Infer } from '../dsl.ts'
import { expectation } from './expect.ts'

const choiceObject = s.object(
  {
    text: s.string({ description: 'The choice, in Markdown.' }, { minLength: 1 }),
    expect: opt({
      ...expectation,
      meta: {
        ...expectation.meta,
        description:
          "What the step gives if this choice is right, as in `expect`. The replay checks that the answer's holds and no other choice's does.",
      },
    }),
  },
  {
    description:
      'A choice with what the step would give if it were right: `{ text, expect }`. The replay checks it.',
  },
)

/** One choice: its text, or a map with its text and an expectation. */
export const checkpointChoice = s.union(
  [s.string({ description: 'The choice, in Markdown.' }, { minLength: 1 }), choiceObject],
  {
    description:
      'A choice: its text, or `{ text, expect }` where `expect` is what the step gives if this choice is right.',
    expected: 'text, or a map with `text` and `expect`',
  },
)

/** `checkpoint` on a step. */
export const checkpoint = s.object(
  {
    question: s.string(
      {
        description: 'The question asked before the step runs, in Markdown.',
        examples: ['Will this AssumeRole succeed? Which gate decides?'],
      },
      { minLength: 1 },
    ),
    choices: s.array(
      checkpointChoice,
      { description: 'The choices, two or more, in the order shown.' },
      { item: 'choice', minItems: 2, maxItems: 8 },
    ),
    answer: s.integer(
      { description: 'The number of the right choice, counting from 1.', examples: [1] },
      { minimum: 1, maximum: 8 },
    ),
    explain: s.string(
      { description: 'Revealed once the reader has answered: why, in Markdown.' },
      { minLength: 1 },
    ),
  },
  {
    description:
      'A prediction question asked before the step runs: the player pauses, asks, then reveals the answer and the explanation.',
  },
)

/** A checkpoint as written. */
export type CheckpointInput = Infer<typeof checkpoint>
/** A choice as written. */
export type CheckpointChoiceInput = Infer<typeof checkpointChoice>
/** The map form of a choice. */
export const checkpointChoiceObject = choiceObject
