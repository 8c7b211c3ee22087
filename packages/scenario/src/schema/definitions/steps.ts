/**
 * A step: who acts (`as`), one thing it does (its kind), and optionally an id, a chapter, a
 * narration and an expectation. A step with only `say` or `chapter` narrates.
 */
import { opt, s, type Infer } from '../dsl.ts'
import { change } from './changes.ts'
import { checkpoint } from './checkpoint.ts'
import { context, duration, KEY, KEY_RULE, REGION, roleRef } from './common.ts'
import { expectation } from './expect.ts'
import {
  assumeRole,
  assumeRoleWithSAML,
  assumeRoleWithWebIdentity,
  createSession,
  getCallerIdentity,
  getSessionToken,
  switchRole,
} from './sts-calls.ts'

/** The `request` step. */
export const request = s.object(
  {
    action: s.string(
      { description: 'The action, `service:Action`.', examples: ['s3:GetObject'] },
      {
        pattern: /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/,
        rule: 'an action such as `s3:GetObject` (no wildcards)',
      },
    ),
    resource: opt(
      s.string(
        {
          description:
            'What it acts on: a key of `resources` (or of `roles`, `users`, `groups`, `policies`), an ARN, or `*` (the default).',
          default: '*',
        },
        { minLength: 1 },
      ),
    ),
    context: opt(context),
    region: opt(
      s.string(
        {
          description:
            "The region the request goes to (`aws:RequestedRegion`); the resource's by default.",
        },
        { pattern: REGION, rule: 'a region such as `us-east-1`' },
      ),
    ),
    calledVia: opt(
      s.array(s.string({ description: 'A service principal.' }, { minLength: 1 }), {
        description:
          "Services that forwarded the caller's credentials, first to last (`aws:CalledVia`).",
      }),
    ),
  },
  { description: 'An API request, decided by the policies in force.' },
)

/** The `invoke` step. */
export const invoke = s.object(
  {
    functionArn: s.string(
      { description: 'The Lambda function: a key of `resources` or its ARN.' },
      { minLength: 1 },
    ),
  },
  {
    description:
      "`lambda:InvokeFunction`. The function's own requests are steps with `as:` the function.",
  },
)

/** The `deployStack` step. */
export const deployStack = s.object(
  {
    stackName: s.string(
      { description: "The stack's name." },
      {
        pattern: /^[A-Za-z][A-Za-z0-9-]*$/,
        rule: 'a letter, then letters, digits and hyphens',
        maxLength: 128,
      },
    ),
    roleArn: opt(
      roleRef(
        "The service role CloudFormation uses; without one, CloudFormation uses the caller's own credentials.",
      ),
    ),
    account: opt(
      s.string(
        { description: "The account; the caller's by default." },
        { plain: true, minLength: 1 },
      ),
    ),
    region: opt(
      s.string(
        { description: "The stack's region." },
        { pattern: REGION, rule: 'a region such as `us-east-1`' },
      ),
    ),
    resources: s.record(
      { ...change, meta: { description: 'What the resource is: one change operation.' } },
      {
        description:
          "The template's resources, by logical id, each one change operation (`createRole`, `createResource`, `attachRolePolicy`, …).",
      },
      { entry: 'stack resource', keyPattern: /^[A-Za-z0-9]+$/, keyRule: 'letters and digits' },
    ),
  },
  {
    description:
      'CloudFormation `CreateStack`: each resource is created by CloudFormation, as the service role or as the caller.',
  },
)

const nullable = { nullAsEmpty: true }

/** The kinds of step, each a key. */
export const stepKinds = {
  assumeRole,
  assumeRoleWithWebIdentity,
  assumeRoleWithSAML,
  getSessionToken,
  getCallerIdentity,
  createSession,
  switchRole,
  switchBack: s.object(
    {},
    { description: "The console's Switch Back: the identity before `switchRole` acts again." },
    nullable,
  ),
  useSession: s.string(
    {
      description:
        "Uses a session's credentials from now on, as exporting `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` does.",
    },
    { minLength: 1 },
  ),
  unset: s.object(
    {},
    {
      description: 'Unsets the exported credentials: the identity before `useSession` acts again.',
    },
    nullable,
  ),
  request,
  invoke,
  advance: duration({
    description: 'Lets time pass on the simulated clock: `90s`, `15m`, `1h30m`, `12h`, or seconds.',
  }),
  change,
  deployStack,
}

/** The names of the step kinds. */
export type StepKindName = keyof typeof stepKinds

const stepDef = s.oneKey(
  {
    id: opt(
      s.string(
        {
          description:
            'A unique id for the step (`hatrack explain --step ID`); `step-N` by default.',
        },
        { pattern: KEY, rule: KEY_RULE },
      ),
    ),
    chapter: opt(
      s.string({ description: 'Starts a chapter here, with this title.' }, { minLength: 1 }),
    ),
    say: opt(s.string({ description: 'Narration, in Markdown (text formatting and links).' })),
    as: opt(
      s.string(
        {
          description:
            'Who acts: a user, a session name, `root@ACCOUNT`, `profile:NAME`, `service:PRINCIPAL`, a Lambda function or EC2 instance of `resources`, `anonymous`, or `admin` (changes only). Defaults to the current identity.',
          examples: ['omkar', 'root@main', 'profile:rdsadmin', 'service:lambda.amazonaws.com'],
        },
        { minLength: 1 },
      ),
    ),
    expect: opt(expectation),
    checkpoint: opt(checkpoint),
  },
  stepKinds,
  { description: 'One step of the timeline.' },
  { variantName: 'kind', allowNone: ['say', 'chapter'] },
)

/** A step as written. */
export type StepInput = Infer<typeof stepDef>

/** One step of `steps`. */
export const step = s.ref<StepInput>('Step', () => stepDef, {
  description: 'One step of the timeline.',
})

/** `steps`: a list, or `append`/`prepend` with `extends`. */
export const steps = s.union(
  [
    s.array(step, { description: 'The steps, in order.' }, { item: 'step' }),
    s.object(
      {
        prepend: opt(
          s.array(step, { description: "Steps before the base scenario's." }, { item: 'step' }),
        ),
        append: opt(
          s.array(step, { description: "Steps after the base scenario's." }, { item: 'step' }),
        ),
      },
      { description: "With `extends`: steps added before or after the base scenario's." },
    ),
  ],
  {
    description:
      "The timeline. With `extends`, a list replaces the base's steps, and `{ append: [...] }` or `{ prepend: [...] }` adds to them.",
    expected: 'a list of steps',
  },
)
