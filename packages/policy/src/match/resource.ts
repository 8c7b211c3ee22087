/**
 * `Resource` / `NotResource` matching, per ARN component, case-sensitively.
 *
 * AWS (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html,
 * "Using wildcards in resource ARNs"): `*` and `?` work within each colon-separated segment;
 * `*` in the resource part spans `/` (`bucket/*\/test/*` matches `bucket/1/2/test/3/x`); "If the
 * `*` wildcard is the last character of a resource ARN segment, it can expand to match beyond
 * the colon boundaries"; `"*"` alone is every resource.
 *
 * Our reading, written down here and tested:
 * - a six-component pattern matches component by component; its sixth component keeps its
 *   colons, so a `*` there spans `:` as well (`log-group:my-group:*`);
 * - a pattern with fewer than six components whose last component ends with `*` lets that last
 *   component absorb the rest of the ARN, colons included (`arn:aws:s3:*`, `arn:aws:ec2:us-east-1:*`);
 * - any other pattern with fewer than six components matches only a value with exactly as many
 *   components, component by component (for a literal pattern: exact equality). A value that is
 *   not an ARN (`*`, as a request on no resource) is matched only by such patterns or by `"*"`;
 * - a `*` ending a segment in the middle of a six-component pattern stays inside its segment.
 * Component matchers are precompiled; a pattern whose first five components hold no wildcard is
 * compiled as one whole-string pattern (equivalent, and cheaper).
 */
import { ARN_COMPONENTS, splitArn } from './arn.ts'
import { compileWildcard, type WildcardMatcher } from './wildcard.ts'

/** Compiles one `Resource` entry (no policy variables: those are the engine's business). */
export function compileResourcePattern(pattern: string): WildcardMatcher {
  if (pattern === '*') return () => true
  const parts = splitArn(pattern)
  const last = parts[parts.length - 1] as string
  const open = parts.length === ARN_COMPONENTS || last.endsWith('*')
  const head = parts.slice(0, -1)
  if (!head.some(hasWildcard)) {
    const whole = compileWildcard(pattern)
    if (open) return whole
    return (value) => countColons(value, parts.length) === parts.length - 1 && whole(value)
  }
  return compileResourceComponents(head, compileWildcard(last), open)
}

/**
 * Compiles a pattern given as its leading components (each an IAM wildcard pattern) and a
 * matcher for its last component. `open` lets the last component absorb the rest of the value,
 * colons included. The engine uses it for a `Resource` whose sixth component holds policy
 * variables, resolved per request.
 */
export function compileResourceComponents(
  head: readonly string[],
  last: WildcardMatcher,
  open: boolean,
): WildcardMatcher {
  const matchers = head.map((component) => compileWildcard(component))
  const count = head.length + 1
  return (value) => {
    let from = 0
    for (const matcher of matchers) {
      const colon = value.indexOf(':', from)
      if (colon < 0 || !matcher(value.slice(from, colon))) return false
      from = colon + 1
    }
    const rest = value.slice(from)
    if (!open && count < ARN_COMPONENTS && rest.includes(':')) return false
    return last(rest)
  }
}

/** Whether `arn` matches the `Resource` entry `pattern` (see the file comment for the rules). */
export function matchResource(pattern: string, arn: string): boolean {
  return compileResourcePattern(pattern)(arn)
}

function hasWildcard(component: string): boolean {
  return component.includes('*') || component.includes('?')
}

/** The number of colons in `value`, counting no further than `limit`. */
function countColons(value: string, limit: number): number {
  let count = 0
  for (let at = value.indexOf(':'); at >= 0 && count < limit; at = value.indexOf(':', at + 1))
    count += 1
  return count
}
