/**
 * @hatrack/policy: the IAM policy language. Parse and validate documents, count their size as
 * AWS does, match actions, resources and principals, evaluate conditions and policy variables.
 */
export type * from './ast.ts'
export type {
  ContextRecord,
  ContextValue,
  PrincipalFacts,
  PrincipalKind,
  RequestContext,
} from './request.ts'
export { createRequestContext } from './request.ts'
export { compileWildcard, compileWildcardSegments } from './match/wildcard.ts'
export type { WildcardMatcher, WildcardOptions, WildcardPart } from './match/wildcard.ts'
export { compileActionPattern, matchAction } from './match/action.ts'
export { arnAccount, arnService, splitArn } from './match/arn.ts'
export {
  compileResourceComponents,
  compileResourcePattern,
  matchResource,
} from './match/resource.ts'
export { matchPrincipal } from './match/principal.ts'
export type { PrincipalMatch, PrincipalMatchVia } from './match/principal.ts'
export { compileCondition, conditionOperators, evaluateCondition } from './conditions/index.ts'
export type {
  Comparer,
  CompiledCondition,
  ConditionOperator,
  ConditionOptions,
  ConditionOutcome,
  ConditionResult,
  OperatorFamily,
  PolicyValueRead,
} from './conditions/index.ts'
export {
  findVariables,
  hasVariables,
  parseTemplate,
  resolveTemplate,
  resolveVariables,
} from './variables/index.ts'
export type {
  EscapePart,
  ResolvedPiece,
  TemplatePart,
  TemplateResolution,
  TextPart,
  VariablePart,
  VariableResolution,
  VariableSpan,
} from './variables/index.ts'
export { freezeDocument, isFrozenDocument, parsePolicy, kindRules } from './parse/index.ts'
export { RCP_SERVICES } from './parse/kinds/rcp.ts'
export type { KindRules, ParsePolicyOptions, PolicyParseResult } from './parse/index.ts'
export { createPolicyIssue, isPolicyIssueCode, policyIssueCodes } from './issues/index.ts'
export type {
  IssueLocation,
  PolicyIssue,
  PolicyIssueCode,
  PolicyIssueCodeEntry,
  PolicyIssueCodeInfo,
  PolicyIssueSeverity,
} from './issues/index.ts'
export {
  checkInlinePolicySizes,
  checkPolicySize,
  policyQuotas,
  policySize,
  quotaExceededMessage,
  quotaForKind,
} from './quota/index.ts'
export type {
  CheckPolicySizeOptions,
  InlinePolicyHolder,
  PolicyQuota,
  PolicyQuotaName,
} from './quota/index.ts'
export { jsonNodeFromValue, MAX_JSON_DEPTH, parseJsonText } from './json/index.ts'
export type {
  JsonDuplicateKey,
  JsonEntry,
  JsonNode,
  JsonSyntaxError,
  JsonTextResult,
  JsonValueResult,
  SourcePosition,
} from './json/index.ts'
