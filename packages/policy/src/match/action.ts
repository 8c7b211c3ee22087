/**
 * `Action` / `NotAction` matching: `service:action` patterns with `*` and `?`, compared
 * case-insensitively, prefix and name alike (`iam:ListAccessKeys` ≡ `IAM:listaccesskeys`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
import { compileWildcard, type WildcardMatcher } from './wildcard.ts'

/**
 * Compiles one action pattern into a matcher that expects the action ALREADY LOWER-CASED, so a
 * caller that tests many patterns folds the action once (the engine's hot path).
 */
export function compileActionPattern(pattern: string): WildcardMatcher {
  return compileWildcard(pattern.toLowerCase())
}

/** Whether `action` (`s3:GetObject`) matches `pattern` (`s3:Get*`, `iam:*AccessKey*`, `*`), ignoring case. */
export function matchAction(pattern: string, action: string): boolean {
  return compileActionPattern(pattern)(action.toLowerCase())
}
