/**
 * AWS STS and IAM Roles Anywhere: each call a pure function `(world, caller, input) → Outcome`
 * that validates its parameters with AWS's limits and messages, authorizes with the engine and
 * records the new session in the world (iam-facts §9–13, §17).
 */
export { assumeRole, ROOT_CANNOT_ASSUME } from './assume-role.ts'
export { assumeRoleWithWebIdentity } from './web-identity/assume-role-with-web-identity.ts'
export type {
  AssumeRoleWithWebIdentityInput,
  AssumeRoleWithWebIdentityOutput,
} from './web-identity/assume-role-with-web-identity.ts'
export type { WebIdentityToken } from './web-identity/token.ts'
export { assumeRoleWithSAML } from './saml/assume-role-with-saml.ts'
export type {
  AssumeRoleWithSamlInput,
  AssumeRoleWithSamlOutput,
} from './saml/assume-role-with-saml.ts'
export { nameQualifier, samlAttributes } from './saml/assertion.ts'
export type { SamlAssertion } from './saml/assertion.ts'
export { getSessionToken } from './get-session-token.ts'
export type { GetSessionTokenInput } from './get-session-token.ts'
export { getCallerIdentity } from './get-caller-identity.ts'
export type { CallerIdentity } from './get-caller-identity.ts'
export { createSession } from './roles-anywhere/create-session.ts'
export type { CreateSessionInput, CreateSessionOutput } from './roles-anywhere/create-session.ts'
export type { X509Certificate } from './roles-anywhere/certificate.ts'
export { isRoleChaining } from './chaining.ts'
export { issueSession, credentialsOf } from './issue-session.ts'
export type { SessionDraft } from './issue-session.ts'
export { mfaMessages } from './mfa.ts'
export { SOURCE_IDENTITY_ALREADY_SET } from './source-identity.ts'
export {
  durationMessages,
  CHAINED_SESSION_LIMIT_SECONDS,
  DEFAULT_ROLE_SESSION_SECONDS,
} from './validation/duration.ts'
export type { AssumedRoleUser, AssumeRoleInput, AssumeRoleOutput, Credentials } from './types.ts'
