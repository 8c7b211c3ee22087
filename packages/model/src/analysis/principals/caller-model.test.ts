/**
 * The caller model gathers a principal's policies as the model's own callers do, without
 * resolving the caller first (`userCaller`, `resolveSessionCaller`).
 */
import { describe, expect, it } from 'vitest'
import { orgWorld } from '../testing/org-world.ts'
import { AnalysisEnv } from '../evaluate/env.ts'

describe('callerModel', () => {
  it('has the identity policies and boundary of the resolved caller, for users and role sessions', () => {
    const env = new AnalysisEnv(orgWorld({ accounts: 3, rolesPerAccount: 12, usersPerAccount: 20 }))
    let checked = 0
    env.principals.forEach((principal, index) => {
      const model = env.caller(index)
      if (model === undefined) return
      const resolved = model.resolved
      const names = (list: readonly { readonly named: { readonly name: string } }[]) =>
        list.map((p) => p.named.name)
      expect(names(model.identity)).toEqual((resolved.identity ?? []).map((p) => p.name))
      expect(model.boundary?.named.name).toBe(resolved.boundary?.name)
      expect(model.accountId).toBe(resolved.principal.accountId)
      checked += 1
    })
    expect(checked).toBeGreaterThan(90)
  })
})
