/** IAM Roles Anywhere: trust anchors, then profiles (which name roles by ARN). */
import { createRolesAnywhereProfile, createTrustAnchor } from '@hatrack/model'
import type { Builder } from './builder.ts'

/** Creates the trust anchors and profiles; records their ARNs by key. */
export function buildRolesAnywhere(
  builder: Builder,
  anchors: Map<string, string>,
  profiles: Map<string, string>,
): void {
  for (const anchor of builder.scenario.trustAnchors) {
    const created = builder.apply(
      `trust anchor ${anchor.key}`,
      ['rolesAnywhere', 'anchors', anchor.key],
      (world) =>
        createTrustAnchor(world, {
          accountId: anchor.accountId,
          region: anchor.region,
          name: anchor.key,
          certificateAuthority: anchor.certificateAuthority,
          enabled: anchor.enabled,
        }),
    )
    if (created === undefined) continue
    anchors.set(anchor.key, created.arn)
    builder.entities.appear(
      { id: created.arn, kind: 'trustAnchor', label: anchor.key, accountId: anchor.accountId },
      0,
    )
  }
  for (const profile of builder.scenario.rolesAnywhereProfiles) {
    const roleArns = profile.roles.flatMap((key) => {
      const role = builder.scenario.roles.find((candidate) => candidate.key === key)
      return role === undefined ? [] : [role.arn]
    })
    const created = builder.apply(
      `Roles Anywhere profile ${profile.key}`,
      ['rolesAnywhere', 'profiles', profile.key],
      (world) =>
        createRolesAnywhereProfile(world, {
          accountId: profile.accountId,
          region: profile.region,
          name: profile.key,
          roleArns,
          managedPolicyArns: profile.policies.map((policy) => policy.arn),
          ...(profile.sessionPolicy === undefined
            ? {}
            : { sessionPolicy: profile.sessionPolicy.input }),
          durationSeconds: profile.durationSeconds,
          acceptRoleSessionName: profile.acceptRoleSessionName,
          enabled: profile.enabled,
        }),
    )
    if (created === undefined) continue
    profiles.set(profile.key, created.arn)
    builder.entities.appear(
      {
        id: created.arn,
        kind: 'rolesAnywhereProfile',
        label: profile.key,
        accountId: profile.accountId,
      },
      0,
    )
  }
}
