/**
 * `challenge`: the scenario's world is the start; the reader changes one policy document; the
 * grader replays the steps with it and checks their expectations, the principals that must not
 * reach a role and, optionally, least privilege against the reference solution.
 */
import { opt, s, type Infer } from '../dsl.ts'
import { policyDocument } from './common.ts'

const name = (description: string) => opt(s.string({ description }, { minLength: 1 }))

/** `edit`: which document the reader may change. */
export const challengeEdit = s.object(
  {
    role: name('A role of `roles`: with `document: trust`, `document: boundary` or `inline`.'),
    user: name('A user of `users`: with `document: boundary` or `inline`.'),
    group: name('A group of `groups`: with `inline`.'),
    policy: name('A customer managed policy of `policies` (its document).'),
    resource: name('A resource of `resources` (its resource-based policy).'),
    document: opt(
      s.enum(['trust', 'boundary', 'policy'], {
        description:
          "Which of the entity's documents: `trust` (a role's trust policy), `boundary` (the customer managed policy that is its permissions boundary), `policy` (a resource's policy, or a managed policy's document; the default for `resource` and `policy`).",
      }),
    ),
    inline: name('The name of an inline policy of the role, user or group.'),
  },
  {
    description:
      'The document the reader may change, by name: `{ role: AppRole, document: trust }`, `{ user: bob, inline: ReadReports }`, `{ role: AppRole, document: boundary }`, `{ policy: DevBoundary }`, `{ resource: reports }`.',
    examples: [{ role: 'AppRole', document: 'trust' }],
  },
)

/** `unreachable`: a principal that must not reach a role. */
export const unreachableGoal = s.object(
  {
    principal: s.string(
      {
        description:
          'Who must not get in: a user of `users`, or a role of `roles` (its sessions, chaining on).',
      },
      { minLength: 1 },
    ),
    role: s.string(
      { description: 'The role it must not reach, directly or through other roles.' },
      { minLength: 1 },
    ),
  },
  {
    description:
      'A principal that must not reach a role, checked with the who-can-assume analysis.',
  },
)

/** `leastPrivilege` options. */
export const leastPrivilegeOptions = s.object(
  {
    actions: opt(
      s.array(
        s.string(
          { description: 'An action, `service:Action`; wildcards allowed.' },
          { minLength: 1 },
        ),
        {
          description: 'Actions to probe beyond those the two documents name.',
        },
      ),
    ),
    resources: opt(
      s.array(s.string({ description: 'A resource ARN.' }, { minLength: 1 }), {
        description: "Resource ARNs to probe beyond the world's.",
      }),
    ),
  },
  { description: 'Least privilege, with more actions or resources to probe.' },
)

/** A wrong answer, for the tests. */
export const wrongAnswer = s.object(
  {
    why: s.string({ description: 'Why it is wrong, in a sentence.' }, { minLength: 1 }),
    document: policyDocument('The wrong document; JSON text that does not parse is allowed.'),
    fails: s.array(
      s.string(
        {
          description:
            'A goal step id, `unreachable`, `leastPrivilege`, or `parse` (the document does not parse).',
        },
        { minLength: 1 },
      ),
      { description: 'What the grader must find failing.' },
      { item: 'check', minItems: 1 },
    ),
    says: opt(
      s.string(
        { description: 'Text the grade must contain: in a detail, an extra or the verdict.' },
        { minLength: 1 },
      ),
    ),
  },
  {
    description: 'A wrong answer and what the grader must say about it. The tests grade each one.',
  },
)

/** The `challenge:` section. */
export const challenge = s.object(
  {
    goal: s.string({ description: 'What the reader must achieve, in Markdown.' }, { minLength: 1 }),
    edit: challengeEdit,
    hints: opt(
      s.array(s.string({ description: 'A hint, in Markdown.' }, { minLength: 1 }), {
        description: 'Hints, from gentle to explicit, shown one at a time.',
      }),
    ),
    solution: policyDocument('The reference solution: the document that solves the challenge.'),
    unreachable: opt(
      s.array(
        unreachableGoal,
        {
          description:
            'Principals that must not reach a role: `[{ principal: mallory, role: Admin }]`.',
        },
        { item: 'unreachable goal' },
      ),
    ),
    leastPrivilege: opt(
      s.union(
        [s.boolean({ description: '`true`: grade least privilege.' }), leastPrivilegeOptions],
        {
          description:
            '`true` (or options): a document that allows more than the reference solution fails, and the grader says what extra it allows.',
          expected: '`true`, `false` or a map',
          default: false,
        },
      ),
    ),
    wrong: opt(
      s.array(
        wrongAnswer,
        {
          description:
            'Wrong answers, each with what the grader must find; the tests grade each one.',
        },
        { item: 'wrong answer' },
      ),
    ),
  },
  {
    description:
      'A challenge: the reader changes one document of the world; the grader replays the steps and checks their expectations as the goal.',
  },
)

/** A challenge as written. */
export type ChallengeInput = Infer<typeof challenge>
/** An `edit` as written. */
export type ChallengeEditInput = Infer<typeof challengeEdit>
