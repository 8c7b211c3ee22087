/**
 * The request-context keys that temporary credentials add (iam-facts §6):
 * `aws:TokenIssueTime`, `aws:MultiFactorAuthPresent` (present only with temporary
 * credentials), `aws:MultiFactorAuthAge` (only when MFA was used), `aws:SourceIdentity`,
 * `aws:FederatedProvider` and the identity provider's keys that persist after a web identity
 * or SAML federation (`<provider>:aud`, `:sub`, `:amr`, `:id`; `saml:sub`, `saml:sub_type`,
 * `saml:namequalifier`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { ContextValue } from '@hatrack/policy'
import type { Instant, Session } from '../world/types.ts'
import { isoInstant } from './time.ts'

/** The keys of `session` at `now`. */
export function sessionKeys(session: Session, now: Instant): Record<string, ContextValue> {
  const keys: Record<string, ContextValue> = {
    'aws:TokenIssueTime': isoInstant(session.issuedAt),
    'aws:MultiFactorAuthPresent': String(session.mfaAuthenticated),
  }
  if (session.mfaAuthenticated) {
    // The MFA code was checked when the credentials were issued.
    keys['aws:MultiFactorAuthAge'] = String(
      Math.max(0, Math.floor((now - session.issuedAt) / 1000)),
    )
  }
  if (session.sourceIdentity !== undefined) keys['aws:SourceIdentity'] = session.sourceIdentity
  if (session.federatedProvider !== undefined)
    keys['aws:FederatedProvider'] = session.federatedProvider
  for (const [key, value] of Object.entries(session.providerKeys)) keys[key] = value
  return keys
}
