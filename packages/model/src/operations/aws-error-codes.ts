/**
 * The registry of AWS's error codes that Hatrack's IAM, STS and Roles Anywhere operations
 * return: for each, what AWS means by it, where Hatrack returns it (the simulated calls, found by
 * reading the model, never guessed), and the AWS page that lists it. The error reference
 * (docs/reference/errors.md) is generated from it, and the type makes sure every code of
 * `AwsErrorCode` has exactly one entry. Where Hatrack answers differently from AWS, or never
 * returns a code, the entry says so.
 */
import type { AwsErrorCode } from './types.ts'

/** What the error reference says about one error code. */
export interface ErrorCodeInfo {
  /** One line, for a list of codes. */
  readonly title: string
  /** What the code means, as AWS documents it (in Hatrack's words). */
  readonly meaning: string
  /** Which simulated calls return it in Hatrack, and when; or that Hatrack never does. */
  readonly inHatrack: string
  /** The AWS documentation page that lists the code. */
  readonly source: string
}

const IAM_API = 'https://docs.aws.amazon.com/IAM/latest/APIReference'
const STS_API = 'https://docs.aws.amazon.com/STS/latest/APIReference'

/** Every AWS error code of the model (`AwsErrorCode`), keyed by code. */
export const awsErrorCodes = {
  AccessDenied: {
    title: 'A policy refused the request',
    meaning:
      'The caller is known, but the policies that apply do not let it make this request: a statement explicitly denies it, or none allows it. The message names the caller, the action, the resource when there is one, and the kind of policy that decided (see the gates above). HTTP 403.',
    inHatrack:
      'Every call a caller makes that authorization denies, with the decision attached: IAM operations, `AssumeRole`, the `iam:PassRole` check of a service role, Organizations calls from the management account, resource calls, invoking a Lambda function and deploying a CloudFormation stack. Hatrack answers `AccessDenied` for every service; AWS’s JSON APIs (Organizations, Lambda, KMS, Secrets Manager, Kinesis) say `AccessDeniedException`, and SNS says `AuthorizationError`, for the same refusal. Without a decision, as AWS does: the root user calling `AssumeRole`; a missing MFA code, an unknown MFA device or a wrong code; `GetSessionToken` called with temporary credentials; `GetSessionToken` credentials calling an STS operation other than `AssumeRole` and `GetCallerIdentity`; a SAML assertion that does not pair the role with the provider or has no subject. The who-can-assume analysis reports it for a principal that cannot reach a role.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
  },
  ValidationError: {
    title: 'An input breaks its rules',
    meaning:
      'An input does not satisfy a constraint of the API: a length, a pattern, a range, a required member. The Query APIs of IAM and STS count the failures in the message (`1 validation error detected: Value … at … failed to satisfy constraint: …`). A few rules beyond the shapes answer with it too. HTTP 400.',
    inHatrack:
      'IAM and STS parameters checked against AWS’s shapes (names, paths, role session names, durations, ARNs, tags); `DurationSeconds` above the role’s maximum session duration, or above one hour in a role chain; a chained `AssumeRole` passing a source identity other than the one its session carries; an inline session policy over 2,048 characters, or a managed session policy from another account; a CloudFormation stack name that breaks its pattern, or a stack service role that does not exist. In Hatrack’s own words: an account the world does not have, a resource type it does not simulate, a resource name or region that is not valid, a `role` on a resource that takes none, and an account declared with a malformed id or alias.',
    source: `${IAM_API}/CommonErrors.html`,
  },
  ExpiredToken: {
    title: 'The temporary credentials have expired',
    meaning:
      'The request was signed with temporary credentials after their expiration time. AWS’s common-errors pages list it as `ExpiredTokenException`; IAM and STS answer with the code `ExpiredToken` and HTTP 403, as public reports of their messages show.',
    inHatrack:
      'Any signed call made with session credentials after the session ended on the simulated clock. A scenario that advances the clock past a session’s end shows it.',
    source: `${STS_API}/CommonErrors.html`,
  },
  InvalidClientTokenId: {
    title: 'AWS does not know these credentials',
    meaning:
      'The access key id the request was signed with does not exist in AWS’s records: it was never issued, or it was deleted. HTTP 403.',
    inHatrack:
      'A call signed with an access key id the world never issued or no longer holds (its user or session is gone); a CLI profile whose user has no active access key; and, as AWS does, credentials from `GetSessionToken` obtained without MFA that call an IAM operation.',
    source: `${STS_API}/CommonErrors.html`,
  },
  MalformedPolicyDocument: {
    title: 'IAM or STS refuses the policy document',
    meaning:
      'The policy is not valid JSON, breaks the policy grammar, or names something that cannot be accepted, such as a principal that does not exist. The message says what is wrong. HTTP 400.',
    inHatrack:
      'Storing a policy: `CreatePolicy`, `PutRolePolicy`, `PutUserPolicy` and `PutGroupPolicy`, the trust policy of `CreateRole` and `UpdateAssumeRolePolicy`, the inline session policy of an `AssumeRole*` call and a Roles Anywhere profile’s session policy. The message is the first error Hatrack’s policy parser finds (the policy document issues above explain each one); a trust policy naming an IAM principal the world does not have gets `Invalid principal in policy`.',
    source: `${IAM_API}/API_CreatePolicy.html#API_CreatePolicy_Errors`,
  },
  PackedPolicyTooLarge: {
    title: 'Session policies and tags do not fit',
    meaning:
      'STS packs the session policies, their ARNs and the session tags into a compressed form with its own limit, reports how full it is as a percentage, and refuses the call above 100 %, even when each input is within its own documented limit. HTTP 400.',
    inHatrack:
      '`AssumeRole`, `AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML` whose session policies and session tags fill more than the packed space. AWS does not publish how it packs; Hatrack’s budget is a model calibrated on public observations, so its percentages are estimates.',
    source: `${STS_API}/API_AssumeRole.html#API_AssumeRole_Errors`,
  },
  NoSuchEntity: {
    title: 'The IAM entity does not exist',
    meaning:
      'The request names a user, role, group, policy, instance profile, access key, MFA device or other IAM entity that is not there. The message names it. HTTP 404.',
    inHatrack:
      'IAM operations that name a missing user, role, group, inline policy, managed policy, instance profile, access key or MFA device: deleting, attaching, detaching, tagging, adding to a group or an instance profile, setting a permissions boundary (`Scope ARN: … does not exist or is not attachable.`). Detaching a policy that is not attached answers it too. EC2 handing out instance credentials for an instance whose instance profile is missing or holds no role.',
    source: `${IAM_API}/API_DeleteRole.html#API_DeleteRole_Errors`,
  },
  EntityAlreadyExists: {
    title: 'The name is already taken',
    meaning:
      'The request creates an IAM entity with a name (or URL) another entity of the account already has. HTTP 409.',
    inHatrack:
      '`CreateRole`, `CreateUser`, `CreateGroup`, `CreatePolicy`, `CreateInstanceProfile`, `CreateOpenIDConnectProvider` (same URL), `CreateSAMLProvider` and creating a virtual MFA device, when the name is taken; and a world that declares the same account id twice.',
    source: `${IAM_API}/API_CreateRole.html#API_CreateRole_Errors`,
  },
  UnmodifiableEntity: {
    title: 'A service-linked role cannot be changed',
    meaning:
      'Only the service that a service-linked role belongs to may change or delete it; the message names the role. HTTP 400.',
    inHatrack:
      'Any change to a service-linked role: `DeleteRole`, `UpdateAssumeRolePolicy`, putting or deleting an inline policy, attaching or detaching a managed policy, and setting or removing its permissions boundary.',
    source: `${IAM_API}/API_DeleteRole.html#API_DeleteRole_Errors`,
  },
  LimitExceeded: {
    title: 'An IAM quota would be exceeded',
    meaning:
      'The request would take the account or the entity beyond one of IAM’s quotas: how many roles, users, policies or tags, or how large a policy may be. The message names the quota. HTTP 409.',
    inHatrack:
      'Creating roles, users, groups, managed policies, instance profiles, OIDC and SAML providers, access keys and MFA devices beyond the account’s quotas; attaching more managed policies than an entity takes; adding a user to too many groups or a second role to an instance profile; too many tags; a trust policy over `ACLSizePerRole`, a managed policy over `PolicySize`, and inline policies over an entity’s total (`Maximum policy size of … bytes exceeded for …`).',
    source: `${IAM_API}/API_CreateRole.html#API_CreateRole_Errors`,
  },
  DeleteConflict: {
    title: 'Something still depends on it',
    meaning:
      'The entity to delete still has subordinate entities attached, and AWS does not remove them for you. The message says what to remove first. HTTP 409.',
    inHatrack:
      '`DeleteRole` with managed or inline policies or an instance profile left; `DeleteUser` with policies, access keys, MFA devices or groups left; `DeleteGroup` with policies or members left; `DeleteInstanceProfile` still holding a role; `DeletePolicy` on a policy still attached.',
    source: `${IAM_API}/API_DeleteRole.html#API_DeleteRole_Errors`,
  },
  InvalidInput: {
    title: 'IAM refuses an input value',
    meaning:
      'A value in the request is not acceptable for a reason beyond its shape: a combination IAM does not allow, a reserved value, a duplicate. HTTP 400.',
    inHatrack:
      '`CreateServiceLinkedRole` with a taken suffix, a suffix the service does not allow, or a service Hatrack has no service-linked role for (Hatrack’s words); tag keys that differ only in case, or that begin with the reserved `aws:` (also when tagging a resource); an OIDC provider URL that does not begin with `https://`; `DeletePolicy` on an AWS managed policy; `CreateRole` on the `/aws-service-role/` path, which belongs to service-linked roles. The last three are Hatrack’s wording: AWS’s exact answer is not confirmed.',
    source: `${IAM_API}/API_CreateServiceLinkedRole.html#API_CreateServiceLinkedRole_Errors`,
  },
  PolicyNotAttachable: {
    title: 'This managed policy cannot be attached here',
    meaning:
      'The managed policy may not be attached to this entity: AWS managed policies meant for service-linked roles cannot go on a customer role. HTTP 400.',
    inHatrack:
      'Attaching an AWS managed policy of the service-role path (`Cannot attach a Service Role Policy to a Customer Role.`), or using one as a permissions boundary.',
    source: `${IAM_API}/API_AttachRolePolicy.html#API_AttachRolePolicy_Errors`,
  },
  InvalidIdentityToken: {
    title: 'STS cannot accept the token or assertion',
    meaning:
      'The web identity token (or, in Hatrack, the SAML request) could not be validated: its issuer is not a provider of the account, its audience is not one of the provider’s client ids, a required claim is missing, or a value it carries is not valid. HTTP 400.',
    inHatrack:
      '`AssumeRoleWithWebIdentity`: a token without `aud` or `sub` or with a claim of the wrong type, an issuer that is neither a well-known provider nor an IAM OIDC provider of the role’s account, an audience that is not a client id (`Incorrect token audience`), a source identity claim that breaks its rules. `AssumeRoleWithSAML`: a `PrincipalArn` that is not a SAML provider, a session name or source identity attribute that breaks its rules. The who-can-assume analysis reports the same for a provider that cannot reach a role.',
    source: `${STS_API}/API_AssumeRoleWithWebIdentity.html#API_AssumeRoleWithWebIdentity_Errors`,
  },
  IDPRejectedClaim: {
    title: 'The identity provider rejected the claim',
    meaning:
      'The identity provider reported that authentication failed: the claim is not valid, or (for web identity) it has expired or been revoked. HTTP 403.',
    inHatrack:
      'Hatrack never returns it: it does not model an identity provider’s own verdict. The code is known so that a scenario may name it in an expectation.',
    source: `${STS_API}/API_AssumeRoleWithWebIdentity.html#API_AssumeRoleWithWebIdentity_Errors`,
  },
  ResourceNotFoundException: {
    title: 'The resource does not exist',
    meaning:
      'The request names a resource the service does not have, such as a Lambda function that does not exist. HTTP 404.',
    inHatrack:
      'Invoking a Lambda function that does not exist (`Function not found: …`); EC2 instance credentials for an instance that does not exist; setting or deleting a resource-based policy, tagging or untagging a resource that does not exist (Hatrack’s words); a scenario step running the code of a resource that was never created.',
    source: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors',
  },
  InvalidParameterValue: {
    title: 'A parameter value is not acceptable',
    meaning:
      'A parameter is well formed but breaks a rule of the call: for STS session tags, a duplicate key, a reserved `aws:` key, a transitive key with no tag, or a key that collides with a transitive tag inherited from the calling session. HTTP 400.',
    inHatrack:
      'The session tags of `AssumeRole` (and the tags a token or an assertion carries): keys that differ only in case, keys beginning with `aws:`, a transitive tag key that names no tag of the request, a tag whose key is a transitive key inherited in a role chain. Also EC2’s answer when an instance is created with an instance profile that does not exist.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html',
  },
  ExpiredTokenException: {
    title: 'The identity token or assertion has expired',
    meaning:
      'The web identity token or SAML assertion passed to STS is past its expiry. Get a new one from the identity provider and call again. HTTP 400.',
    inHatrack:
      '`AssumeRoleWithWebIdentity` with a token whose `exp` is past on the simulated clock, and `AssumeRoleWithSAML` with an assertion past its `NotOnOrAfter`. Both messages are Hatrack’s wording.',
    source: `${STS_API}/API_AssumeRoleWithWebIdentity.html#API_AssumeRoleWithWebIdentity_Errors`,
  },
  AccessDeniedException: {
    title: 'Access denied (JSON APIs)',
    meaning:
      'How the services with JSON APIs, such as AWS Organizations and IAM Roles Anywhere, say that the caller may not do this.',
    inHatrack:
      'IAM Roles Anywhere `CreateSession` (HTTP 403): a certificate that does not chain to the trust anchor (`Untrusted Signing Certificate`) or is outside its validity, a trust anchor or profile that is missing or disabled, a role the profile does not list, a role trust policy that does not allow `rolesanywhere.amazonaws.com` the three actions it needs (these messages but the first are Hatrack’s). Organizations calls from an account other than the management account (HTTP 400); Hatrack does not model delegated administrators.',
    source: 'https://docs.aws.amazon.com/organizations/latest/APIReference/CommonErrors.html',
  },
  ValidationException: {
    title: 'A Roles Anywhere input breaks its rules',
    meaning: 'IAM Roles Anywhere’s answer to an input out of its limits or malformed. HTTP 400.',
    inHatrack:
      'Creating a trust anchor or a profile with an unknown account, a region or name that is not valid, a certificate authority without a subject, a `durationSeconds` outside 900–43,200 or a role that is not a role ARN; `CreateSession` asking for a duration out of range or for a custom role session name the profile does not accept or that breaks its pattern. The messages are Hatrack’s.',
    source:
      'https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html#API_CreateProfile_Errors',
  },
  MissingAuthenticationToken: {
    title: 'The call needs credentials',
    meaning:
      'A signed API was called without credentials: the request carries no access key id. HTTP 403.',
    inHatrack:
      '`AssumeRole`, `GetSessionToken` and `GetCallerIdentity` made by an anonymous caller, or as an administrator’s change, which has no credentials. (`AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML` are unsigned and do not need any.)',
    source: `${STS_API}/CommonErrors.html`,
  },
} as const satisfies Record<AwsErrorCode, ErrorCodeInfo>
