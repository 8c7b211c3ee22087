/**
 * Checkpoints as the loaded scenario holds them: choices as `{ text, expect }`, the answer as a
 * 0-based index, and each choice's expectation read as a step's `expect` is (it must fit the
 * step). Two choices that expect the same thing cannot be told apart, so they are refused.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Checkpoint, CheckpointChoice } from '../../../format/checkpoint.ts'
import type { Expectation } from '../../../format/expectation.ts'
import type { StepKind } from '../../../format/steps.ts'
import type { CheckpointInput } from '../../../schema/definitions/checkpoint.ts'
import type { Context } from '../context.ts'
import { readExpectation } from './expectation.ts'

/** The expectation as canonical JSON, keys sorted, to compare two of them. */
function canonical(expectation: Expectation): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted)
    if (typeof value !== 'object' || value === null) return value
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    )
  }
  return JSON.stringify(sorted(expectation))
}

/** Reads the checkpoint at `path`; `known` are the session names that exist after the step. */
export function readCheckpoint(
  ctx: Context,
  raw: CheckpointInput,
  path: JsonPath,
  kind: StepKind,
  known: ReadonlyMap<string, unknown>,
): Checkpoint | undefined {
  let ok = true
  const seen = new Map<string, number>()
  const choices = raw.choices.map((entry, index): CheckpointChoice => {
    if (typeof entry === 'string') return { text: entry }
    if (entry.expect === undefined) return { text: entry.text }
    const at = [...path, 'choices', index, 'expect']
    const expect = readExpectation(ctx, entry.expect, at, kind, known)
    if (expect === undefined) {
      ok = false
      return { text: entry.text }
    }
    const key = canonical(expect)
    const twin = seen.get(key)
    if (twin !== undefined) {
      ok = false
      ctx.report(
        'scenario.checkpoint.indistinct',
        at,
        `choices ${twin + 1} and ${index + 1} expect the same, so the replay cannot tell them apart`,
        'give each choice what the step would give if it were right: a decision, a gate, an error',
      )
    }
    seen.set(key, index)
    return { text: entry.text, expect }
  })
  if (raw.answer > choices.length) {
    ctx.report(
      'scenario.checkpoint.answer',
      [...path, 'answer'],
      `the answer is choice ${raw.answer}, but there are only ${choices.length} choices`,
      `give the number of the right choice, from 1 to ${choices.length}`,
    )
    return undefined
  }
  if (!ok) return undefined
  return { question: raw.question, choices, answer: raw.answer - 1, explain: raw.explain, path }
}
