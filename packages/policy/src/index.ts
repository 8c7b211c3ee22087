/**
 * @hatrack/policy: the IAM policy language. Parse and validate documents, count their size as
 * AWS does, match actions, resources and principals, evaluate conditions and policy variables.
 */
export type * from './ast.ts'
export type { ContextRecord, ContextValue, PrincipalFacts, PrincipalKind, RequestContext } from './request.ts'
export { createRequestContext } from './request.ts'
