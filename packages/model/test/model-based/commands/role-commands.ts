/**
 * IAM role commands, as an administrator's changes: create (a trust policy from generated
 * principals, `MaxSessionDuration` around its 3,600–43,200 range), replace the trust policy,
 * and put one of two inline permission policies. A trust policy naming a user or role that does
 * not exist is refused (`Invalid principal in policy`, iam-facts §2).
 */
import type fc from 'fast-check'
import { expect } from 'vitest'
import { createRole } from '../../../src/iam/create-role.ts'
import { putRolePolicy } from '../../../src/iam/put-inline-policy.ts'
import { updateAssumeRolePolicy } from '../../../src/iam/update-assume-role-policy.ts'
import type { Caller } from '../../../src/operations/types.ts'
import type { Reference } from '../reference/reference.ts'
import type { TrustPrincipal } from '../reference/types.ts'
import { expectOutcome, record, type Real } from '../system.ts'
import { allowDocument, roleArn, trustDocument, userArn } from '../vocabulary.ts'
import { afterCommand } from './after.ts'
import { accountLabel } from './callers.ts'

const admin: Caller = { kind: 'admin' }

/** The operations a role command can make. */
export type RoleOperation =
  | { readonly op: 'create'; readonly trust: readonly TrustPrincipal[]; readonly max: number }
  | { readonly op: 'updateTrust'; readonly trust: readonly TrustPrincipal[] }
  | { readonly op: 'putPolicy'; readonly policy: string; readonly actions: readonly string[] }

/** A trust principal as the `AWS` entry of a policy. */
export function trustEntry(principal: TrustPrincipal): string {
  switch (principal.kind) {
    case 'user':
      return userArn(principal.account, principal.name)
    case 'role':
      return roleArn(principal.account, principal.name)
    case 'account':
      return principal.form === 'id' ? principal.account : `arn:aws:iam::${principal.account}:root`
  }
}

function showPrincipal(principal: TrustPrincipal): string {
  const account = accountLabel(principal.account)
  if (principal.kind === 'account') return principal.form === 'id' ? account : `${account}:root`
  return `${principal.kind} ${principal.name}@${account}`
}

/** One IAM change to a role. */
export class RoleCommand implements fc.Command<Reference, Real> {
  constructor(
    readonly account: string,
    readonly name: string,
    readonly operation: RoleOperation,
  ) {}

  check(): boolean {
    return true
  }

  run(model: Reference, real: Real): void {
    const { account, name, operation } = this
    const label = this.toString()
    let changed = false
    switch (operation.op) {
      case 'create': {
        const expected = model.createRole(account, name, operation.trust, operation.max)
        const outcome = real.simulation.run((w) =>
          createRole(w, admin, {
            accountId: account,
            roleName: name,
            assumeRolePolicyDocument: trustDocument(operation.trust.map(trustEntry)),
            maxSessionDuration: operation.max,
          }),
        )
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        if (outcome.status === 'ok') {
          expect(outcome.value.id, `${label}: a new role id`).toMatch(/^AROA[A-Z0-9]{17}$/)
          expect(real.ids.has(outcome.value.id), `${label}: id ${outcome.value.id} reused`).toBe(
            false,
          )
          real.ids.add(outcome.value.id)
        }
        break
      }
      case 'updateTrust': {
        const expected = model.updateTrust(account, name, operation.trust)
        const outcome = real.simulation.run((w) =>
          updateAssumeRolePolicy(w, admin, {
            accountId: account,
            roleName: name,
            policyDocument: trustDocument(operation.trust.map(trustEntry)),
          }),
        )
        record(real, label, outcome)
        expectOutcome(outcome, expected, label)
        changed = outcome.status === 'ok'
        break
      }
      case 'putPolicy': {
        const expected = model.putRolePolicy(account, name, operation.policy, operation.actions)
        const outcome = real.simulation.run((w) =>
          putRolePolicy(w, admin, {
            accountId: account,
            roleName: name,
            policyName: operation.policy,
            policyDocument: allowDocument(operation.actions),
          }),
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
    const role = `${this.name}@${accountLabel(this.account)}`
    const op = this.operation
    switch (op.op) {
      case 'create':
        return `CreateRole(${role}, trust [${op.trust.map(showPrincipal).join(', ')}], max ${op.max})`
      case 'updateTrust':
        return `UpdateTrust(${role}, [${op.trust.map(showPrincipal).join(', ')}])`
      case 'putPolicy':
        return `PutRolePolicy(${role}, ${op.policy}, [${op.actions.join(', ')}])`
    }
  }
}
