/** `evaluate`: compile a policy set and explain one request under it, in one call. */
import { compilePolicySet } from './compile/policy-set.ts'
import { explain } from './explain/explain.ts'
import type { AccessRequest, Decision, PolicySet } from './types.ts'

/**
 * The decision for `request` under `policies`, with its explanation. To decide many requests
 * under the same policies, compile them once with `compilePolicySet` and call `decide` or `explain`.
 */
export function evaluate(request: AccessRequest, policies: PolicySet): Decision {
  return explain(compilePolicySet(policies), request)
}
