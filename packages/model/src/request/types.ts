/**
 * What `authorize` takes and returns, and the caller as AWS sees it once its credentials are
 * resolved: the engine's principal, the policies that speak for it, the context keys its
 * credentials carry.
 */
import type { Decision, NamedPolicy, RequestPrincipal } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError } from '../operations/types.ts'
import type { Session } from '../world/types.ts'

/** One request to authorize. */
export interface AuthorizeRequest {
  /** `service:Action` (`s3:GetObject`). */
  readonly action: string
  /** The resource ARN, or `*`. */
  readonly resource: string
  /**
   * What the caller adds to the request: `aws:SourceIp`, `aws:RequestTag/…`, `aws:TagKeys`,
   * service keys. Keys AWS derives from the credentials, the clock or the resource
   * (`aws:PrincipalArn`, `aws:CurrentTime`, `aws:ResourceTag/…`, …) cannot be supplied: a
   * client cannot forge them, so they are ignored here (see `derivedKeys`).
   */
  readonly context?: ContextRecord
  /**
   * The services that forwarded the caller's own credentials (forward access sessions), first
   * to last: `['cloudformation.amazonaws.com']`. Sets `aws:ViaAWSService` and `aws:CalledVia…`.
   */
  readonly calledVia?: readonly string[]
  /** `aws:RequestedRegion`; by default the resource ARN's region, else `us-east-1`. */
  readonly region?: string
}

/** The outcome of `authorize`: the engine's decision, or the AWS error that came first. */
export type AuthorizeResult =
  | { readonly status: 'decided'; readonly decision: Decision }
  | { readonly status: 'error'; readonly error: AwsError }

/** The caller once its credentials are resolved. */
export interface ResolvedCaller {
  readonly principal: RequestPrincipal
  /** Identity-based policies: the user's and its groups', or the session's role's. */
  readonly identity: readonly NamedPolicy[] | undefined
  readonly boundary: NamedPolicy | undefined
  /** Session policies of a role session; `undefined` when none were passed. */
  readonly sessionPolicies: readonly NamedPolicy[] | undefined
  /** The request-context keys the credentials carry (`aws:PrincipalArn`, `aws:userid`, …). */
  readonly context: ContextRecord
  /** The STS session behind temporary credentials. */
  readonly session: Session | undefined
}

/** A caller resolved, or the AWS error its credentials meet first. */
export type ResolveResult =
  | { readonly ok: true; readonly caller: ResolvedCaller }
  | { readonly ok: false; readonly error: AwsError }
