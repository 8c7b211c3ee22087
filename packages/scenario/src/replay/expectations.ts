/**
 * Checking a step's expectation against what the step gave: each key given must hold. A failed
 * expectation says, in one line, what was expected and what happened instead —
 * "expected implicitDeny at identity, got allowed (statement 0 of `AmazonRDSFullAccess`)".
 */
import type { Decision } from '@hatrack/engine'
import { isoInstant } from '@hatrack/model'
import type { Expectation } from '../format/expectation.ts'
import type { ExpectationResult, TraceOutcome, TraceStep } from '../trace/types.ts'
import { outputMismatches } from './output-match.ts'
import type { ReplayState } from './state.ts'

/** The statement that decided, in words: "statement 0 of `AmazonRDSFullAccess`". */
function decidingStatement(decision: Decision | undefined): string | undefined {
  if (decision === undefined) return undefined
  const gate = decision.gates.find((candidate) => candidate.gate === decision.gate)
  const statement = gate?.matched[0]
  if (statement !== undefined) {
    const which =
      statement.sid === undefined
        ? `statement ${statement.index}`
        : `statement \`${statement.sid}\``
    return `${which} of \`${statement.policy}\``
  }
  if (decision.decision === 'implicitDeny')
    return `no statement of the ${decision.gate} gate allows it`
  return undefined
}

/** What a step gave, in words, for a failed expectation. */
function got(outcome: TraceOutcome, decision: Decision | undefined): string {
  if (outcome.decision !== undefined) {
    const why = outcome.status === 'error' ? undefined : decidingStatement(decision)
    const error = outcome.status === 'error' && outcome.error ? `, then ${outcome.error.code}` : ''
    return `${outcome.decision} at ${outcome.gate ?? '?'}${why === undefined ? '' : ` (${why})`}${error}`
  }
  if (outcome.error !== undefined) return `${outcome.error.code}: ${outcome.error.message}`
  return `no decision (${outcome.message})`
}

function sessionState(state: ReplayState, name: string): 'active' | 'expired' | 'missing' {
  const key = state.sessionsByName.get(name)
  if (key === undefined) return 'missing'
  return state.simulation.sessionStatus(key) === 'expired' ? 'expired' : 'active'
}

function sessionFailures(
  state: ReplayState,
  names: readonly string[],
  want: 'active' | 'expired',
): string[] {
  return names.flatMap((name) => {
    const status = sessionState(state, name)
    if (status === want) return []
    if (status === 'missing') return [`session \`${name}\` was never created`]
    const key = state.sessionsByName.get(name) ?? ''
    const session = state.simulation.snapshot().sessions.get(key)
    const when = session === undefined ? '' : ` (it expires at ${isoInstant(session.expiresAt)})`
    return want === 'expired'
      ? [`session \`${name}\` is still active${when}`]
      : [
          `session \`${name}\` has expired${session === undefined ? '' : ` (at ${isoInstant(session.expiresAt)})`}`,
        ]
  })
}

/** A plain JSON copy of a value of the file (maps of no prototype become plain objects). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value))
    if (entry !== undefined) copy[key] = plain(entry)
  return copy
}

/** The expectation as written, as plain JSON without absent keys. */
function plainExpectation(expected: Expectation): Expectation {
  const copy: { -readonly [K in keyof Expectation]: Expectation[K] } = {}
  if (expected.decision !== undefined) copy.decision = expected.decision
  if (expected.gate !== undefined) copy.gate = expected.gate
  if (expected.error !== undefined) copy.error = expected.error
  if (expected.message !== undefined) copy.message = expected.message
  if (expected.expired !== undefined) copy.expired = [...expected.expired]
  if (expected.active !== undefined) copy.active = [...expected.active]
  if (expected.output !== undefined) copy.output = plain(expected.output) as Expectation['output']
  return copy
}

/** Whether `expected` holds for the step that gave `step`. */
export function checkExpectation(
  state: ReplayState,
  expected: Expectation,
  step: Omit<TraceStep, 'expectation'>,
): ExpectationResult {
  const failures: string[] = []
  const { outcome } = step
  if (expected.decision !== undefined || expected.gate !== undefined) {
    // A call authorized, then refused for another reason (`ValidationError`), was not allowed.
    const decisionOk =
      expected.decision === undefined ||
      (outcome.decision === expected.decision &&
        !(expected.decision === 'allowed' && outcome.status === 'error'))
    const gateOk = expected.gate === undefined || outcome.gate === expected.gate
    if (!decisionOk || !gateOk) {
      const want = `${expected.decision ?? 'a decision'}${expected.gate === undefined ? '' : ` at ${expected.gate}`}`
      failures.push(`expected ${want}, got ${got(outcome, step.decision)}`)
    }
  }
  if (expected.error !== undefined && outcome.error?.code !== expected.error) {
    failures.push(
      outcome.error === undefined
        ? `expected error ${expected.error}, got ${got(outcome, step.decision)}`
        : `expected error ${expected.error}, got ${outcome.error.code}: ${outcome.error.message}`,
    )
  }
  if (expected.message !== undefined) {
    const text = outcome.error?.message ?? outcome.message
    if (!text.includes(expected.message))
      failures.push(`expected the message to contain \`${expected.message}\`, got \`${text}\``)
  }
  failures.push(...sessionFailures(state, expected.expired ?? [], 'expired'))
  failures.push(...sessionFailures(state, expected.active ?? [], 'active'))
  if (expected.output !== undefined) {
    if (step.output === undefined)
      failures.push(`expected output, but the step gave none (${got(outcome, step.decision)})`)
    else failures.push(...outputMismatches(expected.output, step.output))
  }
  return {
    expected: plainExpectation(expected),
    held: failures.length === 0,
    detail: failures.length === 0 ? 'as expected' : failures.join('; '),
    failures,
  }
}
