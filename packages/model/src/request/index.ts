/** Authorizing one request as AWS would: the caller resolved, its policies gathered, the context built. */
export { authorize, authorizeResolved } from './authorize.ts'
export { accessDenied, expiredToken, invalidClientTokenId } from './errors.ts'
export { resolveCaller } from './resolve-caller.ts'
export { isExpired } from './resolve-session.ts'
export { isDerivedKey, requestContext } from './request-context.ts'
export { isoInstant, epochSeconds } from './time.ts'
export type { AuthorizeOptions } from './authorize.ts'
export type { AuthorizeRequest, AuthorizeResult, ResolvedCaller, ResolveResult } from './types.ts'
