/**
 * STS's signed calls (`AssumeRole`, `GetSessionToken`, `GetCallerIdentity`) need credentials:
 * an unsigned request fails with `MissingAuthenticationToken` (HTTP 403), and so does an
 * administrator's change, which is no principal at all.
 */
import type { AwsError } from '../operations/types.ts'
import type { ResolvedCaller, ResolveResult } from '../request/types.ts'

/** `MissingAuthenticationToken`: a signed API called without credentials. */
export function missingAuthenticationToken(): AwsError {
  return {
    code: 'MissingAuthenticationToken',
    message: 'Request is missing Authentication Token',
    httpStatus: 403,
  }
}

/** The resolved caller of a signed call, or the error that stops it. */
export function signedCaller(
  resolved: ResolveResult | undefined,
):
  | { readonly ok: true; readonly caller: ResolvedCaller }
  | { readonly ok: false; readonly error: AwsError } {
  if (resolved === undefined) return { ok: false, error: missingAuthenticationToken() }
  if (!resolved.ok) return resolved
  if (resolved.caller.principal.kind === 'anonymous')
    return { ok: false, error: missingAuthenticationToken() }
  return resolved
}
