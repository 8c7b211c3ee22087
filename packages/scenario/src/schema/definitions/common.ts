/**
 * Definitions shared by the world and the steps: names, tags, durations, policy documents and
 * references to things declared elsewhere in the scenario.
 */
import { s, type Meta } from '../dsl.ts'

/** IAM names: letters, digits and `+=,.@_-` (iam-facts §15). */
export const IAM_NAME = /^[\w+=,.@-]+$/
/** The IAM name rule in words. */
export const IAM_NAME_RULE = 'letters, digits and `+=,.@_-`'

/** The keys of `resources`, `identityProviders` and the like: no spaces, no `:` and no `*`. */
export const KEY = /^[^\s:*]+$/
/** The key rule in words. */
export const KEY_RULE = 'no spaces, `:` or `*`'

/** An IAM path: `/` or `/a/b/` (iam-facts §1). */
export const IAM_PATH = /^\/(?:[\u0021-\u007e]+\/)?$/

/** `us-east-1`, `eu-west-3`, `us-gov-west-1`. */
export const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/

/** The duration grammar: `90s`, `15m`, `1h30m`, `12h`, `2d`, or seconds as digits. */
export const DURATION = /^(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$|^\d+$/

const DURATION_EXPECTED = 'a duration such as `15m` or `1h30m`, or a number of seconds'

const durationDef = s.union(
  [
    s.string(
      {
        description: 'A duration: `90s`, `15m`, `1h30m`, `12h`, `2d`.',
        expected: 'a duration such as `15m` or `1h30m`',
      },
      {
        pattern: DURATION,
        rule: 'a duration such as `1h30m` (digits followed by `d`, `h`, `m` or `s`)',
        minLength: 1,
      },
    ),
    s.integer({ description: 'A duration in seconds.' }, { minimum: 0 }),
  ],
  {
    description: 'A duration: `90s`, `15m`, `1h30m`, `12h`, `2d`, or a number of seconds.',
    expected: DURATION_EXPECTED,
  },
)

/** A duration as text or as a number of seconds. */
export function duration(meta: Meta) {
  return s.ref<string | number>('Duration', () => durationDef, {
    ...meta,
    expected: DURATION_EXPECTED,
  })
}

/** The name of an account declared under `accounts`, or its 12-digit id. */
export function accountRef(description: string) {
  return s.string(
    { description, expected: 'an account name from `accounts` or a 12-digit account id' },
    { plain: true, minLength: 1 },
  )
}

/** The IAM name of an entity when it differs from its key in the scenario. */
export function iamName(entity: string) {
  return s.string(
    {
      description: `The ${entity}'s name in IAM, when it differs from its key here (two accounts may each have a ${entity} of the same name). Defaults to the key.`,
    },
    { pattern: IAM_NAME, rule: IAM_NAME_RULE, minLength: 1, maxLength: 128 },
  )
}

/** An IAM path. */
export const path = s.string(
  {
    description: 'The IAM path: `/` (the default) or `/division/team/`; it appears in the ARN.',
    default: '/',
    examples: ['/', '/service-role/'],
  },
  { pattern: IAM_PATH, rule: 'begins and ends with `/`', maxLength: 512 },
)

const tagsDef = s.record(
  s.string({ description: 'The tag value (may be empty).' }, { plain: true, maxLength: 256 }),
  {
    description: 'Tags as `key: value` pairs, in order.',
    examples: [{ team: 'blue', project: 'orders' }],
  },
  { entry: 'tag', keyPattern: /^[\s\S]{1,128}$/, keyRule: '1 to 128 characters' },
)

/** Tags as a map from key to value. */
export const tags = s.ref<Readonly<Record<string, string>>>('Tags', () => tagsDef, tagsDef.meta)

/** A list of tag keys. */
export const tagKeys = s.array(
  s.string({ description: 'A tag key.' }, { minLength: 1, maxLength: 128 }),
  {
    description: 'Tag keys.',
  },
)

const POLICY_EXPECTED = 'a policy document (a map, or JSON text)'

const policyDocumentDef = s.union(
  [
    s.any({ description: 'The policy document as a YAML or JSON map.' }),
    s.string(
      { description: 'The policy document as JSON text, for instance in a `|` block.' },
      { minLength: 1 },
    ),
  ],
  {
    description: 'A verbatim IAM policy document: a map, or JSON text in a `|` block.',
    expected: POLICY_EXPECTED,
  },
)

/** A policy document: a YAML map, or JSON text (a block scalar) copied from AWS's docs. */
export function policyDocument(description: string) {
  return s.ref<string | Readonly<Record<string, unknown>>>(
    'PolicyDocument',
    () => policyDocumentDef,
    {
      description: `${description} Verbatim IAM JSON: a map, or JSON text in a \`|\` block.`,
      expected: POLICY_EXPECTED,
    },
  )
}

/** A managed policy: AWS managed by name, customer managed by key, or an ARN. */
export function managedPolicyRef(description: string) {
  return s.string(
    {
      description: `${description} An AWS managed policy by name (\`AmazonS3ReadOnlyAccess\`), a customer managed policy of \`policies\` by its key, or a policy ARN.`,
      expected: 'a policy name or ARN',
      examples: ['AmazonRDSFullAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    },
    { minLength: 1 },
  )
}

/** Managed policies attached to a user, group or role. */
export const attachedPolicies = s.array(managedPolicyRef('An attached managed policy.'), {
  description:
    'Attached managed policies: AWS managed policies by name, customer managed policies of `policies` by key, or ARNs.',
  examples: [['AmazonRDSFullAccess', 'ReadOnlyAccess']],
})

/** Inline policies by name. */
export const inlinePolicies = s.record(
  policyDocument('An inline policy.'),
  {
    description: 'Inline policies, by policy name: each a verbatim IAM policy document.',
  },
  {
    entry: 'inline policy',
    keyPattern: /^[^\s\\/*?]{1,128}$/,
    keyRule: '1 to 128 characters without spaces or `\\ / * ?`',
  },
)

/** A role: its key in `roles`, its IAM name, or its ARN. */
export function roleRef(description: string) {
  return s.string(
    {
      description: `${description} A role of \`roles\` by key, a role's IAM name in the caller's account, or a role ARN.`,
      expected: 'a role name or ARN',
    },
    { minLength: 1 },
  )
}

const contextDef = s.record(
  s.union(
    [
      s.string({ description: 'A single value.' }, { plain: true }),
      s.array(s.string({ description: 'One of the values.' }, { plain: true }), {
        description: 'A multivalued key.',
      }),
    ],
    {
      description: 'The value: text, or a list for a multivalued key.',
      expected: 'text or a list',
    },
  ),
  {
    description:
      'Condition keys the request carries, such as `aws:SourceIp` or `aws:RequestTag/team`. Keys Hatrack derives (`aws:PrincipalArn`, `aws:CurrentTime`, …) come from the simulation.',
    examples: [{ 'aws:SourceIp': '203.0.113.9' }],
  },
  { entry: 'context key', keyPattern: /^[^\s]+$/, keyRule: 'no spaces' },
)

/** A request context: condition keys and their values. */
export const context = s.ref<Readonly<Record<string, string | readonly string[]>>>(
  'Context',
  () => contextDef,
  contextDef.meta,
)

/** The name later steps use for the session a step creates. */
export const sessionName = s.string(
  {
    description:
      'The name later steps use in `as:` for the session this step creates. Defaults to `SESSION@ROLE` (the role session name and the role name).',
  },
  { minLength: 1, pattern: /^[^\s:]+$/, rule: 'no spaces or `:`' },
)

/** An MFA code: six digits. */
export const tokenCode = s.string(
  {
    description:
      'A six-digit MFA code, to show a wrong code failing; `mfa: true` gives the right one.',
  },
  { plain: true, pattern: /^\d{6}$/, rule: 'six digits' },
)
