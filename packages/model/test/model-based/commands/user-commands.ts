/**
 * IAM user commands, as an administrator's changes: create (a new `AIDA…` id every time, never
 * one used before), delete (refused while the user keeps its inline policy), and its one inline
 * policy put and deleted. Re-creating a deleted user under the same name gives another
 * principal; the trust policies naming the old one must stop matching (iam-facts §2).
 */
import type fc from 'fast-check'
import { expect } from 'vitest'
import { createUser } from '../../../src/iam/create-user.ts'
import { deleteUser } from '../../../src/iam/delete-user.ts'
import { deleteUserPolicy } from '../../../src/iam/delete-inline-policy.ts'
import { putUserPolicy } from '../../../src/iam/put-inline-policy.ts'
import type { Caller } from '../../../src/operations/types.ts'
import type { Reference } from '../reference/reference.ts'
import { expectOutcome, record, type Real } from '../system.ts'
import { allowDocument, USER_POLICY_NAME } from '../vocabulary.ts'
import { afterCommand } from './after.ts'
import { accountLabel } from './callers.ts'

const admin: Caller = { kind: 'admin' }

/** The operations a user command can make. */
export type UserOperation =
  | { readonly op: 'create' }
  | { readonly op: 'delete' }
  | { readonly op: 'putPolicy'; readonly actions: readonly string[] }
  | { readonly op: 'deletePolicy' }

/** One IAM change to a user. */
export class UserCommand implements fc.Command<Reference, Real> {
  constructor(
    readonly account: string,
    readonly name: string,
    readonly operation: UserOperation,
  ) {}

  check(): boolean {
    return true
  }

  run(model: Reference, real: Real): void {
    const { account, name, operation } = this
    const target = { accountId: account, userName: name }
    const label = this.toString()
    let changed = false
    switch (operation.op) {
      case 'create': {
        const expected = model.createUser(account, name)
        const outcome = real.simulation.run((w) => createUser(w, admin, target))
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        if (outcome.status === 'ok') {
          expect(outcome.value.id, `${label}: a new user id`).toMatch(/^AIDA[A-Z0-9]{17}$/)
          expect(real.ids.has(outcome.value.id), `${label}: id ${outcome.value.id} reused`).toBe(
            false,
          )
          real.ids.add(outcome.value.id)
        }
        break
      }
      case 'delete': {
        const expected = model.deleteUser(account, name)
        const outcome = real.simulation.run((w) => deleteUser(w, admin, target))
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        break
      }
      case 'putPolicy': {
        const expected = model.putUserPolicy(account, name, operation.actions)
        const outcome = real.simulation.run((w) =>
          putUserPolicy(w, admin, {
            ...target,
            policyName: USER_POLICY_NAME,
            policyDocument: allowDocument(operation.actions),
          }),
        )
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        break
      }
      case 'deletePolicy': {
        const expected = model.deleteUserPolicy(account, name)
        const outcome = real.simulation.run((w) =>
          deleteUserPolicy(w, admin, { ...target, policyName: USER_POLICY_NAME }),
        )
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        break
      }
    }
    afterCommand(model, real, changed)
  }

  toString(): string {
    const who = `${this.name}@${accountLabel(this.account)}`
    const op = this.operation
    return op.op === 'putPolicy'
      ? `PutUserPolicy(${who}, [${op.actions.join(', ')}])`
      : `${{ create: 'CreateUser', delete: 'DeleteUser', deletePolicy: 'DeleteUserPolicy' }[op.op]}(${who})`
  }
}
