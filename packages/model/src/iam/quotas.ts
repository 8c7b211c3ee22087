/**
 * IAM's quotas, by the names AWS uses in its `LimitExceeded` messages (`Cannot exceed quota for
 * PoliciesPerRole: 10`). Defaults from the IAM quotas page (iam-facts §15,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 */
export const iamQuotas = {
  /** Managed policies attached to one role (adjustable to 20; Hatrack uses the default). */
  PoliciesPerRole: 10,
  PoliciesPerUser: 10,
  /** Fixed. */
  PoliciesPerGroup: 10,
  /** Fixed: two access keys per user, active or not. */
  AccessKeysPerUser: 2,
  /** Fixed. */
  GroupsPerUser: 10,
  /** Fixed: one role per instance profile. */
  InstanceSessionsPerInstanceProfile: 1,
  /** Fixed. */
  MFADevicesPerUser: 8,
  /** Fixed: 50 tags per role, user or policy. */
  TagsPerRole: 50,
  TagsPerUser: 50,
  /** Customer managed policy document, non-whitespace characters (iam-facts §15). */
  PolicySize: 6144,
  /** Role trust policy, non-whitespace characters (adjustable to 4,096). */
  ACLSizePerRole: 2048,
  /** Per account (adjustable defaults). */
  RolesPerAccount: 1000,
  UsersPerAccount: 5000,
  GroupsPerAccount: 300,
  PoliciesPerAccount: 1500,
  InstanceProfilesPerAccount: 1000,
  OpenIdConnectProvidersPerAccount: 100,
  SAMLProvidersPerAccount: 100,
} as const

/** Aggregate size of one entity's inline policies, non-whitespace characters (iam-facts §15). */
export const inlinePolicyQuota = { user: 2048, role: 10240, group: 5120 } as const
