/**
 * STS and IAM Roles Anywhere calls as steps, with AWS's parameter names in camelCase; ARN
 * parameters also take the scenario's names.
 */
import { opt, s } from '../dsl.ts'
import {
  context,
  duration,
  managedPolicyRef,
  policyDocument,
  roleRef,
  sessionName,
  tagKeys,
  tags,
  tokenCode,
} from './common.ts'

const roleSessionName = s.string(
  {
    description:
      "The role session name: it appears in the session's ARN, `assumed-role/ROLE/NAME`.",
  },
  { plain: true, minLength: 1 },
)
const sessionPolicy = opt(
  policyDocument('An inline session policy: the session gets at most what it allows.'),
)
const policyArns = opt(
  s.array(managedPolicyRef('A managed session policy.'), {
    description: 'Managed session policies (up to 10).',
  }),
)
const durationSeconds = opt(
  duration({
    description: "How long the credentials last: 15m to the role's maximum; 1h by default.",
  }),
)
const requestContext = opt({
  ...context,
  meta: {
    ...context.meta,
    description: 'Condition keys the call carries besides its parameters, such as `aws:SourceIp`.',
  },
})
const mfa = opt(
  s.boolean({
    description: "Pass the caller's MFA device serial and its current code.",
    default: false,
  }),
)

/** The `assumeRole` step. */
export const assumeRole = s.object(
  {
    roleArn: roleRef('The role to assume.'),
    roleSessionName,
    durationSeconds,
    externalId: opt(
      s.string(
        { description: 'The external id the trust policy may require (`sts:ExternalId`).' },
        { plain: true, minLength: 1 },
      ),
    ),
    policy: sessionPolicy,
    policyArns,
    tags: opt({ ...tags, meta: { ...tags.meta, description: 'Session tags.' } }),
    transitiveTagKeys: opt({
      ...tagKeys,
      meta: { description: 'Session tags that pass on to chained sessions.' },
    }),
    sourceIdentity: opt(
      s.string(
        {
          description:
            'The source identity (`sts:SourceIdentity`); it stays with the session and its chain.',
        },
        { minLength: 1 },
      ),
    ),
    serialNumber: opt(
      s.string(
        { description: 'An MFA device serial number or ARN, to pass one explicitly.' },
        { minLength: 1 },
      ),
    ),
    tokenCode: opt(tokenCode),
    mfa,
    context: requestContext,
    session: opt(sessionName),
  },
  { description: '`sts:AssumeRole`: the caller assumes a role and gets a session.' },
)

/** The `assumeRoleWithWebIdentity` step. */
export const assumeRoleWithWebIdentity = s.object(
  {
    roleArn: roleRef('The role to assume.'),
    roleSessionName,
    webIdentityToken: s.any({
      description:
        "The token's claims (`iss`, `sub`, `aud`, `amr`, …), as a map: Hatrack does not sign tokens.",
      examples: [{ sub: 'repo:acme/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' }],
    }),
    provider: opt(
      s.string(
        {
          description:
            "An OIDC provider of `identityProviders`; it supplies the token's `iss` when the token has none.",
        },
        { minLength: 1 },
      ),
    ),
    providerId: opt(
      s.string(
        { description: 'For OAuth 2.0 tokens: `www.amazon.com` or `graph.facebook.com`.' },
        { minLength: 1 },
      ),
    ),
    policy: sessionPolicy,
    policyArns,
    durationSeconds,
    context: requestContext,
    session: opt(sessionName),
  },
  { description: '`sts:AssumeRoleWithWebIdentity`: an unsigned call with an OIDC or OAuth token.' },
)

/** The `samlAssertion` of `assumeRoleWithSAML`. */
export const samlAssertion = s.object(
  {
    issuer: opt(
      s.string(
        { description: "The identity provider's entity id (`saml:iss`)." },
        { minLength: 1 },
      ),
    ),
    recipient: opt(
      s.string(
        {
          description:
            "The assertion's recipient (`saml:aud`); `https://signin.aws.amazon.com/saml` by default.",
        },
        { minLength: 1 },
      ),
    ),
    subject: opt(
      s.string(
        { description: 'The `NameID` (`saml:sub`); an assertion without one is refused.' },
        { minLength: 1 },
      ),
    ),
    subjectFormat: opt(
      s.string({ description: 'The `NameID` format; `…:transient` by default.' }, { minLength: 1 }),
    ),
    roleSessionName: opt(
      s.string({ description: 'The `RoleSessionName` attribute.' }, { plain: true, minLength: 1 }),
    ),
    sourceIdentity: opt(
      s.string({ description: 'The `SourceIdentity` attribute.' }, { minLength: 1 }),
    ),
    principalTags: opt({
      ...tags,
      meta: { ...tags.meta, description: '`PrincipalTag:KEY` attributes: session tags.' },
    }),
    transitiveTagKeys: opt({
      ...tagKeys,
      meta: { description: 'The `TransitiveTagKeys` attribute.' },
    }),
    attributes: opt(
      s.record(
        s.array(s.string({ description: 'A value.' }, { plain: true }), {
          description: "The attribute's values.",
        }),
        {
          description:
            'Other attributes by their full name; the `Role` attribute defaults to this role and provider.',
        },
        { entry: 'attribute' },
      ),
    ),
    validFor: opt(
      duration({
        description:
          'How long after this step the assertion stays valid (`NotOnOrAfter`); 5m by default.',
      }),
    ),
    sessionValidFor: opt(
      duration({
        description: 'The latest the session may last (`SessionNotOnOrAfter`), from this step.',
      }),
    ),
  },
  { description: 'The SAML assertion, as the data STS reads from it: Hatrack does not sign XML.' },
)

/** The `assumeRoleWithSAML` step. */
export const assumeRoleWithSAML = s.object(
  {
    roleArn: roleRef('The role to assume.'),
    principalArn: s.string(
      { description: 'The SAML provider: a key of `identityProviders` or its ARN.' },
      { minLength: 1 },
    ),
    samlAssertion,
    policy: sessionPolicy,
    policyArns,
    durationSeconds,
    context: requestContext,
    session: opt(sessionName),
  },
  { description: '`sts:AssumeRoleWithSAML`: an unsigned call with a SAML assertion.' },
)

/** The `getSessionToken` step. */
export const getSessionToken = s.object(
  {
    durationSeconds: opt(
      duration({ description: 'How long the credentials last: 15m to 36h; 12h by default.' }),
    ),
    serialNumber: opt(
      s.string({ description: 'An MFA device serial number or ARN.' }, { minLength: 1 }),
    ),
    tokenCode: opt(tokenCode),
    mfa,
    session: opt(sessionName),
  },
  { description: '`sts:GetSessionToken`: temporary credentials for a user.' },
  { nullAsEmpty: true },
)

/** The `getCallerIdentity` step. */
export const getCallerIdentity = s.object(
  {},
  { description: '`sts:GetCallerIdentity`: who am I?' },
  { nullAsEmpty: true },
)

/** The `certificate` of `createSession`. */
export const certificate = s.object(
  {
    subject: s.record(
      s.string({ description: 'A value.' }, { plain: true }),
      { description: "The subject's attributes: `{ CN: build-01, OU: ci }`." },
      { entry: 'subject attribute' },
    ),
    issuer: opt(
      s.record(
        s.string({ description: 'A value.' }, { plain: true }),
        { description: "The issuer's attributes; the trust anchor's authority by default." },
        { entry: 'issuer attribute' },
      ),
    ),
    serialNumber: s.string(
      {
        description: 'The serial number, in hex: the session name unless the profile accepts one.',
      },
      { plain: true, pattern: /^[0-9a-fA-F]+$/, rule: 'hexadecimal digits' },
    ),
    subjectAlternativeNames: opt(
      s.object(
        {
          dns: opt(
            s.array(s.string({ description: 'A DNS name.' }), { description: 'DNS names.' }),
          ),
          uri: opt(s.array(s.string({ description: 'A URI.' }), { description: 'URIs.' })),
        },
        { description: 'Subject alternative names.' },
      ),
    ),
    validFor: opt(
      duration({
        description: 'How long after this step the certificate stays valid; 365d by default.',
      }),
    ),
  },
  { description: 'The X.509 certificate the workload presents, as its fields.' },
)

/** The `createSession` step (IAM Roles Anywhere). */
export const createSession = s.object(
  {
    trustAnchorArn: s.string(
      { description: 'The trust anchor: a key of `rolesAnywhere.anchors` or its ARN.' },
      { minLength: 1 },
    ),
    profileArn: s.string(
      { description: 'The profile: a key of `rolesAnywhere.profiles` or its ARN.' },
      { minLength: 1 },
    ),
    roleArn: roleRef('The role to assume.'),
    certificate,
    durationSeconds,
    roleSessionName: opt(
      s.string(
        { description: 'A custom session name, if the profile accepts one.' },
        { minLength: 1 },
      ),
    ),
    session: opt(sessionName),
  },
  {
    description:
      'IAM Roles Anywhere `CreateSession`: a workload outside AWS exchanges its certificate for a role session.',
  },
)

/** The `switchRole` step (the console). */
export const switchRole = s.object(
  {
    roleName: s.string(
      { description: "The role: a key of `roles`, or the role's IAM name (with its path)." },
      { minLength: 1 },
    ),
    account: opt(
      s.string(
        { description: "The account (name, id or alias); the caller's by default." },
        { plain: true, minLength: 1 },
      ),
    ),
    displayName: opt(
      s.string({ description: 'The display name the console shows, `ROLE@ACCOUNT` by default.' }),
    ),
    session: opt(sessionName),
  },
  { description: "The console's Switch Role: the caller becomes the role until `switchBack`." },
)
