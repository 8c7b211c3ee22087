/** Test support: one named engine case, checked through `explain` and `decide` alike. */
import { expect } from 'vitest'
import { compilePolicySet } from '../../src/compile/policy-set.ts'
import { decide } from '../../src/decide.ts'
import { explain } from '../../src/explain/explain.ts'
import type { AccessRequest, Decision, DecisionKind, GateName, PolicySet } from '../../src/types.ts'

/** A named case: a request, its policies, and what AWS decides, with the page that says so. */
export interface EngineCase {
  readonly name: string
  readonly source: string
  readonly request: AccessRequest
  readonly policies: PolicySet
  readonly decision: DecisionKind
  readonly gate: GateName
  readonly message?: string
}

/** Runs a case; `decide` must agree with `explain`. Returns the explanation for further checks. */
export function runCase(testCase: EngineCase): Decision {
  const compiled = compilePolicySet(testCase.policies)
  const explained = explain(compiled, testCase.request)
  expect(decide(compiled, testCase.request)).toBe(explained.decision)
  expect({ decision: explained.decision, gate: explained.gate }).toEqual({
    decision: testCase.decision,
    gate: testCase.gate,
  })
  if (testCase.message !== undefined) expect(explained.message).toBe(testCase.message)
  return explained
}
