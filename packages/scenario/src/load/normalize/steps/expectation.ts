/**
 * Expectations as the loaded scenario holds them: a string is a decision; a map must not
 * contradict itself, must fit the step (an `advance` makes no decision) and must name sessions
 * that exist by then.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Expectation } from '../../../format/expectation.ts'
import type { StepKind } from '../../../format/steps.ts'
import type { ExpectationInput } from '../../../schema/definitions/expect.ts'
import { closestNames } from '../../text/closest.ts'
import { code, codeList, suggestion } from '../../text/words.ts'
import type { Context } from '../context.ts'
import { KNOWN_ERROR_CODES } from './error-codes.ts'

/** Step kinds that make no call, so give no decision, error or output. */
const NO_CALL: ReadonlySet<StepKind> = new Set([
  'advance',
  'useSession',
  'unset',
  'switchBack',
  'narration',
])

/** Reads the expectation at `path`; `known` are the session names that exist after the step. */
export function readExpectation(
  ctx: Context,
  raw: ExpectationInput,
  path: JsonPath,
  kind: StepKind,
  known: ReadonlyMap<string, unknown>,
): Expectation | undefined {
  const expectation: Expectation = typeof raw === 'string' ? { decision: raw } : raw
  const keys = Object.keys(expectation)
  if (keys.length === 0) {
    ctx.report(
      'scenario.expect.conflict',
      path,
      'the expectation is empty',
      'say what the step should give: `allowed`, `{ error: AccessDenied }`, …',
    )
    return undefined
  }
  if (kind === 'narration') {
    ctx.report(
      'scenario.expect.notApplicable',
      path,
      'a step that only narrates has nothing to expect',
      'move `expect` to the step that acts',
    )
    return undefined
  }
  if (NO_CALL.has(kind)) {
    const calls = keys.filter((key) => key !== 'expired' && key !== 'active')
    if (calls.length > 0) {
      ctx.report(
        'scenario.expect.notApplicable',
        [...path, calls[0] ?? ''],
        `\`${kind}\` makes no call, so it gives no ${codeList(calls)}`,
        'here, expect sessions to be `expired` or `active`',
        'key',
      )
      return undefined
    }
  }
  if (expectation.decision === 'allowed' && expectation.error !== undefined) {
    ctx.report(
      'scenario.expect.conflict',
      path,
      `an allowed call gives no error, yet the expectation names ${code(expectation.error)}`,
      'keep `decision` or `error`',
    )
    return undefined
  }
  if (
    expectation.decision !== undefined &&
    expectation.decision !== 'allowed' &&
    expectation.error !== undefined &&
    expectation.error !== 'AccessDenied' &&
    expectation.error !== 'AccessDeniedException'
  ) {
    ctx.report(
      'scenario.expect.conflict',
      path,
      `a denied call fails with \`AccessDenied\`, not ${code(expectation.error)}`,
      'keep `decision` or `error`',
    )
    return undefined
  }
  if (expectation.error !== undefined && !KNOWN_ERROR_CODES.includes(expectation.error)) {
    const near = closestNames(expectation.error, KNOWN_ERROR_CODES)
    ctx.report(
      'scenario.expect.unknownErrorCode',
      [...path, 'error'],
      `Hatrack gives no error ${code(expectation.error)}`,
      near.length > 0 ? suggestion(near, [], 'codes') : "check the code in AWS's API reference",
    )
  }
  for (const key of ['expired', 'active'] as const) {
    ;(expectation[key] ?? []).forEach((name, index) => {
      if (known.has(name)) return
      const names = [...known.keys()]
      ctx.report(
        'scenario.reference.unknownSession',
        [...path, key, index],
        `no step before this one creates a session ${code(name)}`,
        suggestion(closestNames(name, names), names, 'sessions'),
      )
    })
  }
  return expectation
}
