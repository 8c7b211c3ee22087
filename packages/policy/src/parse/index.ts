/**
 * Parsing and validating policy documents into the normalized AST of `ast.ts`.
 */
export { parsePolicy } from './parse-policy.ts'
export { freezeDocument, isFrozenDocument } from './frozen-documents.ts'
export type { ParsePolicyOptions, PolicyParseResult } from './parse-policy.ts'
export { kindRules } from './kinds/rules.ts'
export type { KindRules } from './kinds/rules.ts'
