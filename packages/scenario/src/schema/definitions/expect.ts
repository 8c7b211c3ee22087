/**
 * Expectations: what a step should give. A string names a decision; a map can also name the
 * gate that decided, AWS's error code, a piece of AWS's message, sessions that must have expired
 * (or still be active) and parts of the call's output.
 */
import type { DecisionKind, GateName } from '@hatrack/engine'
import { opt, s, type Infer } from '../dsl.ts'

/** The decisions, in AWS's policy simulator's words. */
export const DECISIONS = [
  'allowed',
  'explicitDeny',
  'implicitDeny',
] as const satisfies readonly DecisionKind[]

/** The gates of the engine, in AWS's order of evaluation. */
export const GATES = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
] as const satisfies readonly GateName[]

// Both lists must name every member of the engine's unions: this fails to compile otherwise.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>
const _allDecisions: Missing<DecisionKind, (typeof DECISIONS)[number]> = true
const _allGates: Missing<GateName, (typeof GATES)[number]> = true
void _allDecisions
void _allGates

const decision = s.enum(DECISIONS, {
  description: '`allowed`, `explicitDeny` (a statement denies) or `implicitDeny` (nothing allows).',
})

const sessionList = s.array(s.string({ description: 'A session name.' }, { minLength: 1 }), {
  description: 'Session names.',
})

/** `expect`: a decision, or a map of what must hold. */
export const expectation = s.union(
  [
    decision,
    s.object(
      {
        decision: opt(decision),
        gate: opt(
          s.enum(GATES, {
            description:
              'The gate that decided: `rcp`, `scp`, `resource`, `trust`, `identity`, `boundary` or `session`.',
          }),
        ),
        error: opt(
          s.string(
            {
              description:
                "AWS's error code: `AccessDenied`, `ValidationError`, `ExpiredToken`, `NoSuchEntity`, …",
              examples: ['ExpiredToken'],
            },
            { pattern: /^[A-Z][A-Za-z0-9.]*$/, rule: 'a code such as `AccessDenied`' },
          ),
        ),
        message: opt(
          s.string(
            {
              description: "Text AWS's message must contain (the whole message, or a part of it).",
            },
            { minLength: 1 },
          ),
        ),
        expired: opt({
          ...sessionList,
          meta: { description: 'Sessions that must have expired after this step.' },
        }),
        active: opt({
          ...sessionList,
          meta: { description: 'Sessions that must still be active after this step.' },
        }),
        output: opt(
          s.any({
            description:
              "Parts of the call's output that must match, with AWS's names in camelCase (`arn`, `account`, `assumedRoleUser: { arn }`).",
          }),
        ),
      },
      {
        description:
          'What the step must give: a decision and its gate, an error, a message, session states.',
      },
    ),
  ],
  {
    description:
      'What the step should give: `allowed`, `explicitDeny` or `implicitDeny`, or a map with `decision`, `gate`, `error`, `message`, `expired`, `active`, `output`.',
    expected: '`allowed`, `explicitDeny`, `implicitDeny` or a map',
  },
)

/** An expectation as written. */
export type ExpectationInput = Infer<typeof expectation>
