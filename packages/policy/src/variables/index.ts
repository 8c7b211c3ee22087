/** Policy variables: find them in policy text, and resolve them against a request context. */
export { findVariables, hasVariables, parseTemplate } from './template.ts'
export type { EscapePart, TemplatePart, TextPart, VariablePart, VariableSpan } from './template.ts'
export { resolveTemplate, resolveVariables } from './resolve.ts'
export type { ResolvedPiece, TemplateResolution, VariableResolution } from './resolve.ts'
