/**
 * One request as the evaluation reads it: the action folded to lower case once, the request
 * context built only when a condition or a policy variable asks for it, and the accounts on
 * either side (iam-facts §8).
 */
import { createRequestContext, type ContextRecord, type RequestContext } from '@hatrack/policy'
import type { AccessRequest, RequestPrincipal } from '../types.ts'

/** The per-request view shared by the fast path and the explanation. */
export class RequestEnv {
  readonly request: AccessRequest
  readonly principal: RequestPrincipal
  /** The action, lower-cased: action patterns are compiled lower-cased too. */
  readonly action: string
  /** The service prefix of the action, lower-cased (`s3`, `sts`). */
  readonly service: string
  /**
   * The account that owns the resource: `resourceAccount` when given, else the ARN's account
   * component; an ARN without one (S3 buckets, `*`) belongs to the caller's account.
   */
  readonly resourceAccount: string | undefined
  /** Whether the caller's account and the resource's account differ (iam-facts §8). */
  readonly crossAccount: boolean
  private built: RequestContext | undefined

  constructor(request: AccessRequest) {
    this.request = request
    const principal = request.principal
    this.principal = principal
    this.action = request.action.toLowerCase()
    const colon = this.action.indexOf(':')
    this.service = colon < 0 ? this.action : this.action.slice(0, colon)
    const caller = principal.accountId
    const owner = request.resourceAccount ?? accountOf(request.resource)
    this.resourceAccount = owner === undefined || owner === '' ? caller : owner
    this.crossAccount =
      caller !== undefined && this.resourceAccount !== undefined && this.resourceAccount !== caller
    this.built = undefined
  }

  /** The request context, with keys folded to lower case; built on first use. */
  get context(): RequestContext {
    if (this.built === undefined) this.built = contextOf(this.request.context)
    return this.built
  }
}

const EMPTY: RequestContext = createRequestContext()
/**
 * Contexts already built, by record: a `ContextRecord` is read-only, and callers often pass the
 * same record with many requests (one step's context, a benchmark's). Entries go with their records.
 */
const built = new WeakMap<ContextRecord, RequestContext>()

function contextOf(record: ContextRecord | undefined): RequestContext {
  if (record === undefined) return EMPTY
  let context = built.get(record)
  if (context === undefined) {
    context = createRequestContext(record)
    built.set(record, context)
  }
  return context
}

/** The fifth component of an ARN, without splitting it into an array. */
function accountOf(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined
  let at = 3
  for (let i = 0; i < 3; i += 1) {
    at = arn.indexOf(':', at + 1)
    if (at < 0) return undefined
  }
  const end = arn.indexOf(':', at + 1)
  return end < 0 ? undefined : arn.slice(at + 1, end)
}
