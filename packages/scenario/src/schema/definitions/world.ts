/**
 * The rest of the declared world: identity providers, resources, IAM Roles Anywhere and CLI
 * profiles.
 */
import { opt, s, type Infer } from '../dsl.ts'
import {
  accountRef,
  duration,
  KEY,
  KEY_RULE,
  managedPolicyRef,
  policyDocument,
  REGION,
  roleRef,
  tags,
} from './common.ts'

const region = s.string(
  {
    description: "The region, when it differs from the scenario's `region`.",
    examples: ['eu-west-1'],
  },
  { pattern: REGION, rule: 'a region such as `us-east-1`' },
)

/** An entry of `identityProviders`: an OIDC or SAML provider. */
export const identityProvider = s.object(
  {
    account: accountRef('The account the provider is registered in.'),
    type: s.enum(['oidc', 'saml'], {
      description: 'An OpenID Connect (`oidc`) or SAML 2.0 (`saml`) provider.',
    }),
    url: opt(
      s.string(
        {
          description: 'For OIDC: the issuer URL, `https://` optional.',
          examples: ['token.actions.githubusercontent.com'],
        },
        { minLength: 1 },
      ),
    ),
    clientIds: opt(
      s.array(s.string({ description: 'An audience.' }, { minLength: 1 }), {
        description: 'For OIDC: the audiences (client ids) its tokens may carry.',
        examples: [['sts.amazonaws.com']],
      }),
    ),
    name: opt(
      s.string(
        { description: "For SAML: the provider's name in IAM; defaults to the key." },
        { minLength: 1, maxLength: 128 },
      ),
    ),
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

/** The `type` of a resource. */
export const resourceType = s.enum(RESOURCE_TYPES, { description: 'The kind of resource.' })

/** An entry of `resources`. */
export const resource = s.object(
  {
    type: resourceType,
    account: accountRef('The account that owns the resource.'),
    name: opt(
      s.string(
        {
          description:
            "The resource's name in its service (for an S3 object `BUCKET/KEY`); defaults to the key.",
        },
        { minLength: 1 },
      ),
    ),
    region: opt(region),
    policy: opt(
      policyDocument('The resource-based policy (bucket policy, key policy, queue policy, …).'),
    ),
    tags: opt(tags),
    role: opt(
      roleRef(
        'For a Lambda function: its execution role; for a CloudFormation stack: its service role.',
      ),
    ),
    instanceProfile: opt(
      s.string(
        { description: 'For an EC2 instance: its instance profile, a key of `instanceProfiles`.' },
        { minLength: 1 },
      ),
    ),
  },
  { description: 'A resource, with its resource-based policy and tags.' },
)

/** An entry of `rolesAnywhere.anchors`. */
export const trustAnchor = s.object(
  {
    account: accountRef('The account the trust anchor belongs to.'),
    region: opt(region),
    certificateAuthority: s.string(
      {
        description:
          "The subject of the certificate authority that signs the workloads' certificates.",
        examples: ['CN=Corp Root CA'],
      },
      { minLength: 1 },
    ),
    enabled: opt(s.boolean({ description: 'Whether the anchor is enabled.', default: true })),
  },
  { description: 'An IAM Roles Anywhere trust anchor.' },
)

/** An entry of `rolesAnywhere.profiles`. */
export const rolesAnywhereProfile = s.object(
  {
    account: accountRef('The account the profile belongs to.'),
    region: opt(region),
    roles: s.array(s.string({ description: 'A role of `roles`, by key.' }, { minLength: 1 }), {
      description: 'The roles a session may assume through this profile.',
    }),
    policies: opt(
      s.array(managedPolicyRef('A managed session policy.'), {
        description: "Managed policies that narrow the session's permissions.",
      }),
    ),
    sessionPolicy: opt(
      policyDocument("An inline session policy that narrows the session's permissions."),
    ),
    durationSeconds: opt(
      duration({ description: 'The session duration, 15m to 12h; 1h by default.', default: '1h' }),
    ),
    acceptRoleSessionName: opt(
      s.boolean({ description: 'Whether a custom `roleSessionName` is accepted.', default: false }),
    ),
    enabled: opt(s.boolean({ description: 'Whether the profile is enabled.', default: true })),
  },
  { description: 'An IAM Roles Anywhere profile.' },
)

/** `rolesAnywhere`: trust anchors and profiles. */
export const rolesAnywhere = s.object(
  {
    anchors: opt(
      s.record(
        trustAnchor,
        { description: 'Trust anchors, by name.' },
        { entry: 'trust anchor', keyPattern: KEY, keyRule: KEY_RULE },
      ),
    ),
    profiles: opt(
      s.record(
        rolesAnywhereProfile,
        { description: 'Profiles, by name.' },
        { entry: 'Roles Anywhere profile', keyPattern: KEY, keyRule: KEY_RULE },
      ),
    ),
  },
  { description: 'IAM Roles Anywhere: trust anchors and profiles.' },
)

/** An entry of `cliProfiles`. */
export const cliProfile = s.object(
  {
    user: opt(
      s.string(
        {
          description:
            'Long-term credentials: the first access key of this user (a key of `users`).',
        },
        { minLength: 1 },
      ),
    ),
    roleArn: opt(roleRef('`role_arn`: the role this profile assumes.')),
    sourceProfile: opt(
      s.string(
        { description: '`source_profile`: the profile whose credentials assume the role.' },
        { minLength: 1 },
      ),
    ),
    roleSessionName: opt(
      s.string(
        { description: '`role_session_name`; the CLI makes one up otherwise.' },
        { minLength: 2, maxLength: 64 },
      ),
    ),
    durationSeconds: opt(duration({ description: '`duration_seconds`, 1h by default.' })),
    externalId: opt(s.string({ description: '`external_id`.' }, { minLength: 2, maxLength: 1224 })),
    mfaSerial: opt(
      s.union(
        [
          s.boolean({ description: "`true`: the source user's MFA device." }),
          s.string({ description: 'An MFA device serial number or ARN.' }, { minLength: 9 }),
        ],
        {
          description: "`mfa_serial`: `true` for the source user's device, or its ARN.",
          expected: '`true` or a serial number',
        },
      ),
    ),
    region: opt(region),
  },
  {
    description:
      "A profile of `~/.aws/config`: a user's keys, or a role with `roleArn` and `sourceProfile`.",
  },
)

/** A resource as written. */
export type ResourceInput = Infer<typeof resource>
/** A CLI profile as written. */
export type CliProfileInput = Infer<typeof cliProfile>
