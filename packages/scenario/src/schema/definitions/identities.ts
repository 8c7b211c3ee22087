/**
 * IAM identities and policies of the world: users, groups, roles, customer managed policies,
 * service-linked roles and instance profiles.
 */
import { opt, s, type Infer } from '../dsl.ts'
import {
  accountRef,
  attachedPolicies,
  duration,
  iamName,
  inlinePolicies,
  managedPolicyRef,
  path,
  policyDocument,
  tags,
} from './common.ts'

/** An entry of `users`. */
export const user = s.object(
  {
    name: opt(iamName('user')),
    account: accountRef('The account the user belongs to.'),
    path: opt(path),
    groups: opt(
      s.array(s.string({ description: 'A group of `groups`, by key.' }, { minLength: 1 }), {
        description: 'The groups the user belongs to (groups of the same account).',
      }),
    ),
    policies: opt(attachedPolicies),
    inline: opt(inlinePolicies),
    boundary: opt(managedPolicyRef('The permissions boundary.')),
    tags: opt(tags),
    mfa: opt(
      s.boolean({
        description:
          'Gives the user a virtual MFA device named after the user; `mfa: true` in a step then passes its current code.',
        default: false,
      }),
    ),
    accessKeys: opt(
      s.integer(
        {
          description:
            'How many access keys the user has (0 to 2); a CLI profile with `user:` uses the first.',
          default: 0,
        },
        { minimum: 0, maximum: 2 },
      ),
    ),
  },
  { description: 'An IAM user.' },
)

/** An entry of `groups`. */
export const group = s.object(
  {
    name: opt(iamName('group')),
    account: accountRef('The account the group belongs to.'),
    path: opt(path),
    policies: opt(attachedPolicies),
    inline: opt(inlinePolicies),
  },
  { description: 'An IAM group.' },
)

/** An entry of `roles`. */
export const role = s.object(
  {
    name: opt(iamName('role')),
    account: accountRef('The account the role belongs to.'),
    path: opt(path),
    description: opt(s.string({ description: "The role's description." }, { maxLength: 1000 })),
    trust: policyDocument('The trust policy: who may assume the role, and under which conditions.'),
    policies: opt(attachedPolicies),
    inline: opt(inlinePolicies),
    boundary: opt(managedPolicyRef('The permissions boundary.')),
    maxSessionDuration: opt(
      duration({
        description: 'The maximum session duration, 1h (the default) to 12h.',
        default: '1h',
      }),
    ),
    tags: opt(tags),
  },
  { description: 'An IAM role: its trust policy and its permissions.' },
)

/** An entry of `policies`: a customer managed policy. */
export const customerPolicy = s.object(
  {
    name: opt(iamName('policy')),
    account: accountRef('The account the policy belongs to.'),
    path: opt(path),
    description: opt(s.string({ description: "The policy's description." }, { maxLength: 1000 })),
    document: policyDocument('The policy document.'),
  },
  { description: 'A customer managed policy.' },
)

/** An item of `serviceLinkedRoles`. */
export const serviceLinkedRole = s.object(
  {
    account: accountRef('The account the role belongs to.'),
    service: s.string(
      { description: 'The service principal that owns the role.', examples: ['ecs.amazonaws.com'] },
      { minLength: 1 },
    ),
    customSuffix: opt(
      s.string(
        {
          description:
            'A suffix for services that accept one (`AWSServiceRoleForAutoScaling_SUFFIX`).',
        },
        { minLength: 1, maxLength: 64 },
      ),
    ),
    description: opt(s.string({ description: "The role's description." })),
  },
  {
    description:
      'A service-linked role: its name, trust and policy come from the service and cannot be changed.',
  },
)

/** An entry of `instanceProfiles`. */
export const instanceProfile = s.object(
  {
    name: opt(iamName('instance profile')),
    account: accountRef('The account the instance profile belongs to.'),
    path: opt(path),
    role: opt(
      s.string({ description: 'Its role (at most one), a key of `roles`.' }, { minLength: 1 }),
    ),
  },
  { description: 'An EC2 instance profile: a container for one role.' },
)

/** A user as written. */
export type UserInput = Infer<typeof user>
/** A group as written. */
export type GroupInput = Infer<typeof group>
/** A role as written. */
export type RoleInput = Infer<typeof role>
/** A customer managed policy as written. */
export type CustomerPolicyInput = Infer<typeof customerPolicy>
