/** IAM Roles Anywhere: trust anchors and profiles of the declared world. */
import type { RolesAnywhereProfileDecl, TrustAnchorDecl } from '../../format/world.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { resolveAccount } from './accounts.ts'
import type { Context } from './context.ts'
import { sameAccountKey } from './identities.ts'
import { resolveManagedPolicy } from './managed-policies.ts'
import { readPolicyDocument } from './policy-documents.ts'
import type { NameRegistry } from './registry.ts'
import { readDuration } from './values.ts'

/** Reads `rolesAnywhere`. */
export function readRolesAnywhere(
  ctx: Context,
  registry: NameRegistry,
  raw: ScenarioInput,
): { trustAnchors: TrustAnchorDecl[]; profiles: RolesAnywhereProfileDecl[] } {
  const trustAnchors: TrustAnchorDecl[] = []
  const profiles: RolesAnywhereProfileDecl[] = []
  for (const [key, value] of Object.entries(raw.rolesAnywhere?.anchors ?? {})) {
    const account = resolveAccount(ctx, value.account, ['rolesAnywhere', 'anchors', key, 'account'])
    if (account === undefined) continue
    trustAnchors.push({
      key,
      account: account.key,
      accountId: account.id,
      region: value.region ?? ctx.region,
      certificateAuthority: value.certificateAuthority,
      enabled: value.enabled ?? true,
    })
  }
  for (const [key, value] of Object.entries(raw.rolesAnywhere?.profiles ?? {})) {
    const path = ['rolesAnywhere', 'profiles', key]
    const account = resolveAccount(ctx, value.account, [...path, 'account'])
    const sessionPolicy =
      value.sessionPolicy === undefined
        ? undefined
        : readPolicyDocument(ctx, value.sessionPolicy, [...path, 'sessionPolicy'], 'session')
    const durationSeconds = readDuration(ctx, value.durationSeconds, [...path, 'durationSeconds'], {
      min: 900,
      max: 43200,
      what: 'a Roles Anywhere session',
    })
    if (account === undefined) continue
    const roles = value.roles.flatMap((role, index) => {
      const found = sameAccountKey(ctx, registry, 'role', role, account.id, [
        ...path,
        'roles',
        index,
      ])
      return found === undefined ? [] : [found]
    })
    const policies = (value.policies ?? []).flatMap((ref, index) => {
      const found = resolveManagedPolicy(ctx, registry, ref, [...path, 'policies', index], {
        accountId: account.id,
        allowUndeclared: false,
      })
      return found === undefined ? [] : [found]
    })
    profiles.push({
      key,
      account: account.key,
      accountId: account.id,
      region: value.region ?? ctx.region,
      roles,
      policies,
      sessionPolicy,
      durationSeconds: durationSeconds ?? 3600,
      acceptRoleSessionName: value.acceptRoleSessionName ?? false,
      enabled: value.enabled ?? true,
    })
  }
  return { trustAnchors, profiles }
}
