/**
 * `authorize`: the policies it gathers for the engine (iam-facts §7–8).
 */
import { describe, expect, it } from 'vitest'
import { A, allow, B, emptyWorld, withUser } from '../../test/sts-world.ts'
import { attachOrganizationPolicy } from '../organizations/attach-organization-policy.ts'
import { createOrganizationPolicy } from '../organizations/create-organization-policy.ts'
import { createOrganization } from '../organizations/create-organization.ts'
import type { World } from '../world/types.ts'
import { authorize } from './authorize.ts'

function orgWorld(): World {
  let w = withUser(emptyWorld(), A, 'alice', [allow('*')])
  w = withUser(w, B, 'boss', [allow('*')])
  const org = createOrganization(w, { managementAccount: B, memberAccounts: [A] })
  if (org.status !== 'ok') throw new Error(org.error.message)
  const scp = createOrganizationPolicy(org.world, {
    name: 'DenyS3',
    kind: 'scp',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
    },
  })
  if (scp.status !== 'ok') throw new Error(scp.error.message)
  const attached = attachOrganizationPolicy(scp.world, {
    policyId: scp.value.id,
    targetId: org.value.root.id,
  })
  if (attached.status !== 'ok') throw new Error(attached.error.message)
  return attached.world
}

describe('authorize', () => {
  it("applies the SCPs of the caller's account, root user included", () => {
    const w = orgWorld()
    const user = authorize(
      w,
      { kind: 'user', accountId: A, userName: 'alice' },
      { action: 's3:GetObject', resource: '*' },
    )
    expect(user.status === 'decided' && user.decision).toMatchObject({
      decision: 'explicitDeny',
      gate: 'scp',
    })
    const root = authorize(
      w,
      { kind: 'root', accountId: A },
      { action: 's3:GetObject', resource: '*' },
    )
    expect(root.status === 'decided' && root.decision.gate).toBe('scp')
    const other = authorize(
      w,
      { kind: 'user', accountId: A, userName: 'alice' },
      { action: 'ec2:RunInstances', resource: '*' },
    )
    expect(other.status === 'decided' && other.decision.decision).toBe('allowed')
  })

  it('exempts the management account from SCPs', () => {
    const boss = authorize(
      orgWorld(),
      { kind: 'user', accountId: B, userName: 'boss' },
      { action: 's3:GetObject', resource: '*' },
    )
    expect(boss.status === 'decided' && boss.decision.decision).toBe('allowed')
  })

  it("allows an administrator's change without evaluating any policy", () => {
    const answer = authorize(
      emptyWorld(),
      { kind: 'admin' },
      { action: 'iam:CreateRole', resource: '*' },
    )
    expect(answer.status === 'decided' && answer.decision).toMatchObject({
      decision: 'allowed',
      gates: [],
    })
  })

  it('fails a user that does not exist with InvalidClientTokenId', () => {
    const answer = authorize(
      emptyWorld(),
      { kind: 'user', accountId: A, userName: 'ghost' },
      { action: 's3:GetObject', resource: '*' },
    )
    expect(answer.status === 'error' && answer.error.code).toBe('InvalidClientTokenId')
  })
})
