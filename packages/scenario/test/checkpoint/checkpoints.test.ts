/**
 * Prediction checkpoints: loaded with their answer and choices, carried by the trace with each
 * choice checked, and counted by `checkScenario` as a failed expectation when the replay does
 * not confirm the answer — so a checkpoint can never teach a wrong answer. The library's
 * checkpoints all hold.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkScenario, load, replay, stepAt } from '../../src/index.ts'
import { replayText, scenarioOf, world } from '../replay/support.ts'

/** One user with no policy, one request, and `checkpoint` (YAML, indented 4) on it. */
function listing(checkpoint: string): string {
  return world(`users: { omkar: { account: main } }
steps:
  - id: list
    as: omkar
    request: { action: s3:ListAllMyBuckets }
    expect: { decision: implicitDeny, gate: identity }
    checkpoint:
${checkpoint}`)
}

const RIGHT = `      question: Can Omkar list his buckets?
      choices:
        - { text: 'Yes, S3 is open to every user', expect: allowed }
        - { text: 'No, no policy of his allows it', expect: { decision: implicitDeny, gate: identity } }
        - Only on weekdays
      answer: 2
      explain: Nothing allows it, so it is denied.
`

describe('checkpoints', () => {
  it('load with the answer as an index and each choice as text and expectation', () => {
    const step = scenarioOf(listing(RIGHT)).steps[0]
    expect(step?.checkpoint).toEqual({
      question: 'Can Omkar list his buckets?',
      choices: [
        { text: 'Yes, S3 is open to every user', expect: { decision: 'allowed' } },
        {
          text: 'No, no policy of his allows it',
          expect: { decision: 'implicitDeny', gate: 'identity' },
        },
        { text: 'Only on weekdays' },
      ],
      answer: 1,
      explain: 'Nothing allows it, so it is denied.',
      path: ['steps', 0, 'checkpoint'],
    })
  })

  it('are carried by the trace, each choice marked right or not and checked', () => {
    const trace = replayText(listing(RIGHT))
    expect(stepAt(trace, 'list')?.checkpoint).toEqual({
      question: 'Can Omkar list his buckets?',
      choices: [
        {
          text: 'Yes, S3 is open to every user',
          right: false,
          expect: { decision: 'allowed' },
          holds: false,
        },
        {
          text: 'No, no policy of his allows it',
          right: true,
          expect: { decision: 'implicitDeny', gate: 'identity' },
          holds: true,
        },
        { text: 'Only on weekdays', right: false },
      ],
      answer: 1,
      explain: 'Nothing allows it, so it is denied.',
      held: true,
      detail: 'the replay agrees with the answer',
      failures: [],
    })
    expect(trace.summary.checkpoints).toEqual({ passed: 1, failed: 0 })
    expect(checkScenario(trace)).toMatchObject({ ok: true, passed: 2, failed: 0 })
  })

  it('keep the trace byte-identical from one replay to the next', () => {
    expect(JSON.stringify(replayText(listing(RIGHT)))).toBe(
      JSON.stringify(replayText(listing(RIGHT))),
    )
  })

  it('fail when the answer contradicts the replay, with what differs', () => {
    const trace = replayText(listing(RIGHT.replace('answer: 2', 'answer: 1')))
    const verdict = checkScenario(trace)
    expect(verdict.ok).toBe(false)
    expect(verdict.failed).toBe(1)
    expect(trace.summary.checkpoints).toEqual({ passed: 0, failed: 1 })
    // The step's own expectation still holds: only the checkpoint fails.
    expect(trace.summary.expectations).toEqual({ passed: 1, failed: 0, unchecked: 0 })
    const failed = verdict.results.find((result) => !result.held)
    expect(failed).toMatchObject({ id: 'list', checkpoint: true })
    expect(failed?.failures).toEqual([
      'the answer, choice 1 (`Yes, S3 is open to every user`), does not match the replay: expected allowed, got implicitDeny at identity (no statement of the identity gate allows it)',
      'choice 2 (`No, no policy of his allows it`) matches the replay too, yet it is not the answer',
    ])
    expect(failed?.detail).toMatch(/^checkpoint: the answer, choice 1 /)
  })

  it('fail when another choice matches the replay as well as the answer', () => {
    const loose = RIGHT.replace('expect: allowed }', 'expect: { error: AccessDenied } }').replace(
      "text: 'Yes, S3 is open to every user'",
      "text: 'No, it is refused'",
    )
    const trace = replayText(listing(loose))
    expect(stepAt(trace, 'list')?.checkpoint?.failures).toEqual([
      'choice 1 (`No, it is refused`) matches the replay too, yet it is not the answer',
    ])
  })

  it('are not checked when no choice says what the step gives', () => {
    const plain = `      question: Will it work?
      choices: [Yes, No]
      answer: 2
      explain: It will not.
`
    const checkpoint = stepAt(replayText(listing(plain)), 'list')?.checkpoint
    expect(checkpoint).toMatchObject({
      held: true,
      detail: 'not checked: no choice says what the step gives',
    })
  })

  it('read a choice expectation as a step expectation: an advance makes no decision', () => {
    const text = world(`users: { omkar: { account: main } }
steps:
  - id: wait
    advance: 1h
    checkpoint:
      question: What happens?
      choices:
        - { text: Nothing, expect: allowed }
        - Time passes
      answer: 2
      explain: Time passes.
`)
    const loaded = load(text)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      ['scenario.expect.notApplicable', 13, 36],
    ])
  })

  it('do not count a call refused after it was authorized as allowed', () => {
    // STS authorizes the chained call, then refuses two hours with `ValidationError`.
    const trace = replayText(
      world(`users: { omkar: { account: main } }
roles:
  A:
    account: main
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:user/omkar }, Action: sts:AssumeRole }] }
    inline: { Up: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: sts:AssumeRole, Resource: '*' }] } }
  B:
    account: main
    maxSessionDuration: 4h
    trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:role/A }, Action: sts:AssumeRole }] }
steps:
  - { as: omkar, assumeRole: { roleArn: A, roleSessionName: first }, expect: allowed }
  - id: long
    as: first@A
    assumeRole: { roleArn: B, roleSessionName: second, durationSeconds: 2h }
    expect: { error: ValidationError }
    checkpoint:
      question: Two hours?
      choices:
        - { text: 'Yes', expect: allowed }
        - { text: 'No', expect: { error: ValidationError } }
      answer: 2
      explain: A chained session lasts one hour at most.
`),
    )
    const checkpoint = stepAt(trace, 'long')?.checkpoint
    expect(checkpoint?.held).toBe(true)
    expect(checkpoint?.choices.map((choice) => choice.holds)).toEqual([false, true])
  })
})

describe("the library's checkpoints", () => {
  const LIBRARY = new URL('../../../../scenarios/', import.meta.url)
  const files = readdirSync(LIBRARY).filter((name) => name.endsWith('.yaml'))
  const withCheckpoints = files.filter((name) =>
    readFileSync(new URL(name, LIBRARY), 'utf8').includes('checkpoint:'),
  )

  it('are in at least five scenarios', () => {
    expect(withCheckpoints.length).toBeGreaterThanOrEqual(5)
  })

  it.each(withCheckpoints)('%s: every checkpoint checks each choice, and holds', (name) => {
    const loaded = load(readFileSync(new URL(name, LIBRARY), 'utf8'), { fileName: name })
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    const trace = replay(loaded.scenario)
    const checkpoints = trace.steps.flatMap((step) =>
      step.checkpoint === undefined ? [] : [{ id: step.id, ...step.checkpoint }],
    )
    expect(checkpoints.length).toBeGreaterThan(0)
    for (const checkpoint of checkpoints) {
      expect(checkpoint.failures, checkpoint.id).toEqual([])
      // Every choice says what the step gives, so the replay checks them all.
      expect(
        checkpoint.choices.every((choice) => choice.holds !== undefined),
        checkpoint.id,
      ).toBe(true)
      expect(checkpoint.explain.trim().length, checkpoint.id).toBeGreaterThan(10)
    }
    expect(trace.summary.checkpoints).toEqual({ passed: checkpoints.length, failed: 0 })
  })
})
