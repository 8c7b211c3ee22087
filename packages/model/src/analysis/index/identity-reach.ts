/**
 * Which roles a principal's identity-based policies could allow it to assume: the `Resource`
 * (or `NotResource`) of every `Allow` statement whose action matches `sts:AssumeRole`, with
 * conditions ignored and policy variables taken to match anything. A superset: when it says no,
 * no identity statement can allow `sts:AssumeRole` on the role, whatever the request carries.
 * The answer of each policy is kept by role ARN: the members of a group share its policies.
 */
import type { CompiledPolicy } from '@hatrack/engine'
import { compileResourcePattern, hasVariables } from '@hatrack/policy'

/** Whether an identity statement could allow `sts:AssumeRole` on a role ARN. */
export type Reach = (roleArn: string) => boolean

type Test = (arn: string) => boolean

interface PolicyReach {
  readonly tests: readonly Test[]
  readonly answers: Map<string, boolean>
}

const byPolicy = new WeakMap<CompiledPolicy, PolicyReach>()
const NEVER: Reach = () => false

/** The reach of a set of identity policies. */
export function identityReach(policies: readonly CompiledPolicy[]): Reach {
  const reaches = policies.map(reachOf).filter((reach) => reach.tests.length > 0)
  if (reaches.length === 0) return NEVER
  return (arn) => {
    for (const reach of reaches) if (answer(reach, arn)) return true
    return false
  }
}

function answer(reach: PolicyReach, arn: string): boolean {
  let known = reach.answers.get(arn)
  if (known === undefined) {
    known = false
    for (const test of reach.tests)
      if (test(arn)) {
        known = true
        break
      }
    reach.answers.set(arn, known)
  }
  return known
}

function reachOf(policy: CompiledPolicy): PolicyReach {
  let known = byPolicy.get(policy)
  if (known === undefined) {
    const tests = policy.statements.flatMap((statement): Test[] => {
      if (!statement.allow || !statement.matchesAction('sts:assumerole')) return []
      const element = statement.statement.resource
      if (element === undefined) return [() => true]
      const open = element.patterns.some((pattern) => statement.variables && hasVariables(pattern))
      if (open) return [() => true]
      const matchers = element.patterns.map(compileResourcePattern)
      const any = (arn: string): boolean => {
        for (const match of matchers) if (match(arn)) return true
        return false
      }
      return [element.negated ? (arn) => !any(arn) : any]
    })
    known = { tests, answers: new Map() }
    byPolicy.set(policy, known)
  }
  return known
}
