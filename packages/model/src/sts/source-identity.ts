/**
 * The source identity of a new session (iam-facts §13): once set it "cannot be changed during
 * the role session" and persists into chained sessions. A chained call that passes a different
 * value fails with `ValidationError` `The source identity is already set for this assume role
 * session` (observed: mahitotsu/gekko_08 `experiments/multi-hop-propagation/RESULTS.md`; the doc
 * says such a request "will be denied",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html#id_credentials_temp_control-access_monitor-chain).
 * Passing the same value again is accepted.
 */
import type { AwsError } from '../operations/types.ts'
import { validationFailure } from './validation/violations.ts'

/** AWS's message for an attempt to change a chain's source identity. */
export const SOURCE_IDENTITY_ALREADY_SET =
  'The source identity is already set for this assume role session'

/** The new session's source identity, or the error that refuses a change. */
export function effectiveSourceIdentity(
  requested: string | undefined,
  inherited: string | undefined,
):
  | { readonly ok: true; readonly value: string | undefined }
  | { readonly ok: false; readonly error: AwsError } {
  if (inherited !== undefined && requested !== undefined && requested !== inherited) {
    return { ok: false, error: validationFailure(SOURCE_IDENTITY_ALREADY_SET) }
  }
  return { ok: true, value: inherited ?? requested }
}
