/**
 * The runner of the IAM error corpora (`src/iam/errors.*.test.ts`): a base world, steps that
 * build on it as an administrator, and one named case per AWS error with its source.
 */
import { expect, it } from 'vitest'
import { addUserToGroup } from '../../src/iam/add-user-to-group.ts'
import { createGroup } from '../../src/iam/create-group.ts'
import { createInstanceProfile } from '../../src/iam/create-instance-profile.ts'
import { createPolicy } from '../../src/iam/create-policy.ts'
import { createRole } from '../../src/iam/create-role.ts'
import { createServiceLinkedRole } from '../../src/iam/create-service-linked-role.ts'
import { createUser } from '../../src/iam/create-user.ts'
import type { Caller, Outcome } from '../../src/operations/types.ts'
import type { World } from '../../src/world/types.ts'
import { A, admin, allow, ok, trustService, twoAccounts } from './fixture.ts'

/** One operation, applied to a world by a caller. */
export type Step = (world: World, caller: Caller) => Outcome<unknown>

export const readAll = `arn:aws:iam::${A}:policy/ReadAll`
export const protectedRole =
  "Cannot perform the operation on the protected role 'AWSServiceRoleForECS' - this role is only modifiable by AWS"

/** A's IAM: users alice and bob (bob in devs), role App, policy ReadAll, profile web (empty), ECS's role. */
export function base(): World {
  const steps: Step[] = [
    (w, c) => createUser(w, c, { accountId: A, userName: 'alice' }),
    (w, c) => createUser(w, c, { accountId: A, userName: 'bob' }),
    (w, c) => createGroup(w, c, { accountId: A, groupName: 'devs' }),
    (w, c) => addUserToGroup(w, c, { accountId: A, groupName: 'devs', userName: 'bob' }),
    (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'App',
        assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
      }),
    (w, c) =>
      createPolicy(w, c, { accountId: A, policyName: 'ReadAll', policyDocument: allow('s3:Get*') }),
    (w, c) => createInstanceProfile(w, c, { accountId: A, instanceProfileName: 'web' }),
    (w, c) => createServiceLinkedRole(w, c, { accountId: A, awsServiceName: 'ecs.amazonaws.com' }),
  ]
  return run(twoAccounts(), steps)
}

/** The world after `steps`, each made by the administrator and expected to succeed. */
export function run(world: World, steps: readonly Step[]): World {
  return steps.reduce((current, step) => ok(step(current, admin)).world, world)
}

/** `count` customer managed policies P0…, for the attachment quotas. */
export function manyPolicies(count: number): Step[] {
  return Array.from(
    { length: count },
    (_, i) => (w: World, c: Caller) =>
      createPolicy(w, c, {
        accountId: A,
        policyName: `P${i}`,
        policyDocument: allow('s3:GetObject'),
      }),
  )
}

/** The ARN of policy P`i`. */
export const policyArn = (i: number): string => `arn:aws:iam::${A}:policy/P${i}`

/** One error: how to get there, what AWS answers, and where that answer was seen. */
export interface ErrorCase {
  readonly name: string
  readonly source: string
  readonly setup?: readonly Step[]
  readonly act: Step
  readonly code: string
  /** The exact message, or a pattern when the text comes from the policy parser. */
  readonly message: string | RegExp
}

/** One test per case: the error's code and message, from the base world plus the case's setup. */
export function runCorpus(cases: readonly ErrorCase[]): void {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const before = run(base(), entry.setup ?? [])
    const outcome = entry.act(before, admin)
    expect(entry.source.length).toBeGreaterThan(0)
    expect(outcome.status).toBe('error')
    if (outcome.status !== 'error') return
    expect(outcome.error.code).toBe(entry.code)
    if (typeof entry.message === 'string') expect(outcome.error.message).toBe(entry.message)
    else expect(outcome.error.message).toMatch(entry.message)
  })
}
