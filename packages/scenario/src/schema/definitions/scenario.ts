/**
 * The scenario file, top level.
 */
import { opt, s, type Infer } from '../dsl.ts'
import { IAM_NAME, IAM_NAME_RULE, KEY, KEY_RULE, REGION } from './common.ts'
import { challenge } from './challenge.ts'
import { steps } from './steps.ts'
import {
  customerPolicy,
  group,
  instanceProfile,
  role,
  serviceLinkedRole,
  user,
} from './identities.ts'
import { account, organization } from './organization.ts'
import { cliProfile, identityProvider, resource, rolesAnywhere } from './world.ts'

/** The format version this package reads. */
export const FORMAT_VERSION = 1

/** `start:` — an RFC 3339 UTC instant. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/

const names = { keyPattern: IAM_NAME, keyRule: IAM_NAME_RULE }
const keys = { keyPattern: KEY, keyRule: KEY_RULE }

/** The whole scenario file. */
export const scenario = s.object(
  {
    $schema: opt(s.string({ description: 'The JSON Schema, for editors of JSON files.' })),
    hatrack: s.literal(FORMAT_VERSION, {
      description: 'The format version: `1`.',
      expected: '`1`',
    }),
    title: s.string({ description: "The scenario's title." }, { minLength: 1 }),
    summary: opt(s.string({ description: 'One sentence for listings.' })),
    extends: opt(
      s.string(
        {
          description:
            'A scenario file this one builds on, relative to this file. Maps merge key by key (this file wins; `null` removes a key); `steps` replace, or add with `append`/`prepend`.',
        },
        { minLength: 1 },
      ),
    ),
    seed: opt(
      s.integer(
        {
          description: 'The seed of the id generator: the same seed gives the same ids.',
          default: 1,
        },
        { minimum: 0, maximum: 2147483647 },
      ),
    ),
    start: opt(
      s.string(
        {
          description: 'The simulated clock at the first step, in UTC.',
          default: '2026-01-01T00:00:00Z',
          examples: ['2026-01-01T09:00:00Z'],
        },
        { pattern: INSTANT, rule: 'a UTC time such as `2026-01-01T09:00:00Z`' },
      ),
    ),
    region: opt(
      s.string(
        { description: 'The default region of regional resources.', default: 'us-east-1' },
        { pattern: REGION, rule: 'a region such as `us-east-1`' },
      ),
    ),
    accounts: s.record(
      account,
      { description: 'The AWS accounts, by name (at least one).' },
      { entry: 'account', minEntries: 1, ...keys },
    ),
    organization: opt(organization),
    users: opt(s.record(user, { description: 'IAM users, by name.' }, { entry: 'user', ...names })),
    groups: opt(
      s.record(group, { description: 'IAM groups, by name.' }, { entry: 'group', ...names }),
    ),
    roles: opt(s.record(role, { description: 'IAM roles, by name.' }, { entry: 'role', ...names })),
    policies: opt(
      s.record(
        customerPolicy,
        { description: 'Customer managed policies, by name.' },
        { entry: 'policy', ...names },
      ),
    ),
    serviceLinkedRoles: opt(
      s.array(
        serviceLinkedRole,
        {
          description:
            'Service-linked roles; each is named by its service (`AWSServiceRoleForECS`).',
        },
        { item: 'service-linked role' },
      ),
    ),
    identityProviders: opt(
      s.record(
        identityProvider,
        { description: 'OIDC and SAML identity providers, by name.' },
        { entry: 'identity provider', ...keys },
      ),
    ),
    resources: opt(
      s.record(resource, { description: 'Resources, by name.' }, { entry: 'resource', ...keys }),
    ),
    instanceProfiles: opt(
      s.record(
        instanceProfile,
        { description: 'EC2 instance profiles, by name.' },
        { entry: 'instance profile', ...names },
      ),
    ),
    rolesAnywhere: opt(rolesAnywhere),
    cliProfiles: opt(
      s.record(
        cliProfile,
        {
          description:
            'Profiles of `~/.aws/config`, by name; steps use them with `as: profile:NAME`.',
        },
        { entry: 'CLI profile', ...keys },
      ),
    ),
    steps: opt(steps),
    challenge: opt(challenge),
  },
  { description: 'A Hatrack scenario: a small AWS world and a timeline of steps.' },
)

/** A scenario file as written (after validation). */
export type ScenarioInput = Infer<typeof scenario>
