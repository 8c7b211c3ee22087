/**
 * The declared world: accounts, the organization, IAM identities and policies, identity
 * providers, resources, instance profiles, Roles Anywhere and CLI profiles.
 */
import { opt, s, type Infer } from '../dsl.ts'
import {
  accountRef,
  attachedPolicies,
  duration,
  iamName,
  IAM_NAME,
  IAM_NAME_RULE,
  inlinePolicies,
  KEY,
  KEY_RULE,
  managedPolicyRef,
  path,
  policyDocument,
  REGION,
  roleRef,
  tags,
} from './common.ts'

const region = s.string(
  { description: 'The region, when it differs from the scenario\'s `region`.', examples: ['eu-west-1'] },
  { pattern: REGION, rule: 'a region such as `us-east-1`' },
)

export const account = s.object(
  {
    id: s.string(
      { description: 'The 12-digit account id. Quote it, or write it unquoted: its digits are kept.', examples: ['123456789012'] },
      { plain: true, pattern: /^\d{12}$/, rule: '12 digits' },
    ),
    alias: opt(
      s.string(
        { description: 'The account alias (the sign-in URL\'s name).' },
        { pattern: /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?$/, rule: '3 to 63 lower-case letters, digits and hyphens' },
      ),
    ),
    rootMfa: opt(s.boolean({ description: 'Whether the root user signs in with MFA.', default: false })),
  },
  { description: 'An AWS account. Its root user exists from the start.' },
)

const organizationalUnit = s.ref<OrganizationalUnitInput>(
  'OrganizationalUnit',
  () =>
    s.object(
      {
        accounts: opt(
          s.array(accountRef('An account in this OU.'), { description: 'The accounts placed directly in this OU.' }),
        ),
        units: opt(
          s.record(organizationalUnit, { description: 'Nested OUs, by name.' }, { entry: 'organizational unit', keyPattern: KEY, keyRule: KEY_RULE }),
        ),
      },
      { description: 'An organizational unit: its accounts and nested OUs.' },
    ),
  { description: 'An organizational unit: its accounts and nested OUs.' },
)

/** The raw form of an organizational unit. */
export interface OrganizationalUnitInput {
  readonly accounts?: readonly string[]
  readonly units?: Readonly<Record<string, OrganizationalUnitInput>>
}

export const organizationPolicy = s.object(
  {
    kind: s.enum(['scp', 'rcp'], { description: 'A service control policy (`scp`) or a resource control policy (`rcp`).' }),
    description: opt(s.string({ description: 'What the policy is for.' })),
    document: policyDocument('The policy document.'),
  },
  { description: 'An SCP or RCP of the organization.' },
)

export const organization = s.object(
  {
    management: accountRef('The management account. SCPs and RCPs never restrict it.'),
    members: opt(
      s.array(accountRef('A member account.'), {
        description: 'The accounts in the organization; all accounts of the scenario by default.',
      }),
    ),
    units: opt(
      s.record(organizationalUnit, { description: 'Organizational units under the root, by name; OU names are unique in the scenario.' }, {
        entry: 'organizational unit',
        keyPattern: KEY,
        keyRule: KEY_RULE,
      }),
    ),
    policies: opt(
      s.record(organizationPolicy, { description: 'SCPs and RCPs, by name.' }, { entry: 'organization policy', keyPattern: KEY, keyRule: KEY_RULE }),
    ),
    attach: opt(
      s.record(
        s.array(s.string({ description: '`root`, an OU name, or an account name.' }, { plain: true, minLength: 1 }), {
          description: 'Where the policy is attached.',
        }),
        {
          description:
            'Where each policy of `policies` is attached: `root`, OU names, account names. AWS\'s `FullAWSAccess` SCP and `RCPFullAWSAccess` RCP are attached everywhere from the start.',
          examples: [{ DenyLeaving: ['root'] }],
        },
        { entry: 'attachment' },
      ),
    ),
  },
  { description: 'The AWS Organization: management account, OUs, SCPs and RCPs.' },
)

export const user = s.object(
  {
    name: opt(iamName('user')),
    account: accountRef('The account the user belongs to.'),
    path: opt(path),
    groups: opt(s.array(s.string({ description: 'A group of `groups`, by key.' }, { minLength: 1 }), { description: 'The groups the user belongs to (groups of the same account).' })),
    policies: opt(attachedPolicies),
    inline: opt(inlinePolicies),
    boundary: opt(managedPolicyRef('The permissions boundary.')),
    tags: opt(tags),
    mfa: opt(s.boolean({ description: 'Gives the user a virtual MFA device named after the user; `mfa: true` in a step then passes its current code.', default: false })),
    accessKeys: opt(s.integer({ description: 'How many access keys the user has (0 to 2); a CLI profile with `user:` uses the first.', default: 0 }, { minimum: 0, maximum: 2 })),
  },
  { description: 'An IAM user.' },
)

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

export const role = s.object(
  {
    name: opt(iamName('role')),
    account: accountRef('The account the role belongs to.'),
    path: opt(path),
    description: opt(s.string({ description: 'The role\'s description.' }, { maxLength: 1000 })),
    trust: policyDocument('The trust policy: who may assume the role, and under which conditions.'),
    policies: opt(attachedPolicies),
    inline: opt(inlinePolicies),
    boundary: opt(managedPolicyRef('The permissions boundary.')),
    maxSessionDuration: opt(duration({ description: 'The maximum session duration, 1h (the default) to 12h.', default: '1h' })),
    tags: opt(tags),
  },
  { description: 'An IAM role: its trust policy and its permissions.' },
)

export const customerPolicy = s.object(
  {
    name: opt(iamName('policy')),
    account: accountRef('The account the policy belongs to.'),
    path: opt(path),
    description: opt(s.string({ description: 'The policy\'s description.' }, { maxLength: 1000 })),
    document: policyDocument('The policy document.'),
  },
  { description: 'A customer managed policy.' },
)

export const serviceLinkedRole = s.object(
  {
    account: accountRef('The account the role belongs to.'),
    service: s.string({ description: 'The service principal that owns the role.', examples: ['ecs.amazonaws.com'] }, { minLength: 1 }),
    customSuffix: opt(s.string({ description: 'A suffix for services that accept one (`AWSServiceRoleForAutoScaling_SUFFIX`).' }, { minLength: 1, maxLength: 64 })),
    description: opt(s.string({ description: 'The role\'s description.' })),
  },
  { description: 'A service-linked role: its name, trust and policy come from the service and cannot be changed.' },
)

export const identityProvider = s.object(
  {
    account: accountRef('The account the provider is registered in.'),
    type: s.enum(['oidc', 'saml'], { description: 'An OpenID Connect (`oidc`) or SAML 2.0 (`saml`) provider.' }),
    url: opt(s.string({ description: 'For OIDC: the issuer URL, `https://` optional.', examples: ['token.actions.githubusercontent.com'] }, { minLength: 1 })),
    clientIds: opt(s.array(s.string({ description: 'An audience.' }, { minLength: 1 }), { description: 'For OIDC: the audiences (client ids) its tokens may carry.', examples: [['sts.amazonaws.com']] })),
    name: opt(s.string({ description: 'For SAML: the provider\'s name in IAM; defaults to the key.' }, { minLength: 1, maxLength: 128 })),
  },
  { description: 'An IAM identity provider (OIDC or SAML).' },
)

/** The resource types the model simulates. */
export const RESOURCE_TYPES = [
  's3:bucket',
  's3:object',
  'kms:key',
  'sqs:queue',
  'sns:topic',
  'kinesis:stream',
  'lambda:function',
  'secretsmanager:secret',
  'rds:db',
  'ec2:instance',
  'cloudformation:stack',
] as const

export const resourceType = s.enum(RESOURCE_TYPES, { description: 'The kind of resource.' })

export const resource = s.object(
  {
    type: resourceType,
    account: accountRef('The account that owns the resource.'),
    name: opt(s.string({ description: 'The resource\'s name in its service (for an S3 object `BUCKET/KEY`); defaults to the key.' }, { minLength: 1 })),
    region: opt(region),
    policy: opt(policyDocument('The resource-based policy (bucket policy, key policy, queue policy, …).')),
    tags: opt(tags),
    role: opt(roleRef('For a Lambda function: its execution role; for a CloudFormation stack: its service role.')),
    instanceProfile: opt(s.string({ description: 'For an EC2 instance: its instance profile, a key of `instanceProfiles`.' }, { minLength: 1 })),
  },
  { description: 'A resource, with its resource-based policy and tags.' },
)

export const instanceProfile = s.object(
  {
    name: opt(iamName('instance profile')),
    account: accountRef('The account the instance profile belongs to.'),
    path: opt(path),
    role: opt(s.string({ description: 'Its role (at most one), a key of `roles`.' }, { minLength: 1 })),
  },
  { description: 'An EC2 instance profile: a container for one role.' },
)

export const trustAnchor = s.object(
  {
    account: accountRef('The account the trust anchor belongs to.'),
    region: opt(region),
    certificateAuthority: s.string({ description: 'The subject of the certificate authority that signs the workloads\' certificates.', examples: ['CN=Corp Root CA'] }, { minLength: 1 }),
    enabled: opt(s.boolean({ description: 'Whether the anchor is enabled.', default: true })),
  },
  { description: 'An IAM Roles Anywhere trust anchor.' },
)

export const rolesAnywhereProfile = s.object(
  {
    account: accountRef('The account the profile belongs to.'),
    region: opt(region),
    roles: s.array(s.string({ description: 'A role of `roles`, by key.' }, { minLength: 1 }), { description: 'The roles a session may assume through this profile.' }),
    policies: opt(s.array(managedPolicyRef('A managed session policy.'), { description: 'Managed policies that narrow the session\'s permissions.' })),
    sessionPolicy: opt(policyDocument('An inline session policy that narrows the session\'s permissions.')),
    durationSeconds: opt(duration({ description: 'The session duration, 15m to 12h; 1h by default.', default: '1h' })),
    acceptRoleSessionName: opt(s.boolean({ description: 'Whether a custom `roleSessionName` is accepted.', default: false })),
    enabled: opt(s.boolean({ description: 'Whether the profile is enabled.', default: true })),
  },
  { description: 'An IAM Roles Anywhere profile.' },
)

export const rolesAnywhere = s.object(
  {
    anchors: opt(s.record(trustAnchor, { description: 'Trust anchors, by name.' }, { entry: 'trust anchor', keyPattern: KEY, keyRule: KEY_RULE })),
    profiles: opt(s.record(rolesAnywhereProfile, { description: 'Profiles, by name.' }, { entry: 'Roles Anywhere profile', keyPattern: KEY, keyRule: KEY_RULE })),
  },
  { description: 'IAM Roles Anywhere: trust anchors and profiles.' },
)

export const cliProfile = s.object(
  {
    user: opt(s.string({ description: 'Long-term credentials: the first access key of this user (a key of `users`).' }, { minLength: 1 })),
    roleArn: opt(roleRef('`role_arn`: the role this profile assumes.')),
    sourceProfile: opt(s.string({ description: '`source_profile`: the profile whose credentials assume the role.' }, { minLength: 1 })),
    roleSessionName: opt(s.string({ description: '`role_session_name`; the CLI makes one up otherwise.' }, { minLength: 2, maxLength: 64 })),
    durationSeconds: opt(duration({ description: '`duration_seconds`, 1h by default.' })),
    externalId: opt(s.string({ description: '`external_id`.' }, { minLength: 2, maxLength: 1224 })),
    mfaSerial: opt(
      s.union(
        [
          s.boolean({ description: '`true`: the source user\'s MFA device.' }),
          s.string({ description: 'An MFA device serial number or ARN.' }, { minLength: 9 }),
        ],
        { description: '`mfa_serial`: `true` for the source user\'s device, or its ARN.', expected: '`true` or a serial number' },
      ),
    ),
    region: opt(region),
  },
  { description: 'A profile of `~/.aws/config`: a user\'s keys, or a role with `roleArn` and `sourceProfile`.' },
)

export type AccountInput = Infer<typeof account>
export type UserInput = Infer<typeof user>
export type GroupInput = Infer<typeof group>
export type RoleInput = Infer<typeof role>
export type CustomerPolicyInput = Infer<typeof customerPolicy>
export type ResourceInput = Infer<typeof resource>
export type CliProfileInput = Infer<typeof cliProfile>
export { IAM_NAME, IAM_NAME_RULE }
