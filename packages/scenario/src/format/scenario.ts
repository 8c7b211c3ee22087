/**
 * A loaded scenario: what `load` gives and `replay` takes. Every name is resolved, every policy
 * document parsed, every duration in seconds; nothing in it can fail to refer.
 */
import type { SourceLocator } from '../load/source/locator.ts'
import type { Challenge } from './challenge.ts'
import type { Step } from './steps.ts'
import type {
  AccountDecl,
  CliProfileDecl,
  CustomerPolicyDecl,
  GroupDecl,
  IdentityProviderDecl,
  InstanceProfileDecl,
  OrganizationDecl,
  ResourceDecl,
  RoleDecl,
  RolesAnywhereProfileDecl,
  ServiceLinkedRoleDecl,
  TrustAnchorDecl,
  UserDecl,
} from './world.ts'

/** A chapter of the timeline. */
export interface Chapter {
  readonly title: string
  /** The index of its first step. */
  readonly step: number
}

/** A loaded scenario. */
export interface Scenario {
  /** The format version. */
  readonly format: 1
  readonly title: string
  readonly summary: string | undefined
  /** The file given to `load`. */
  readonly fileName: string | undefined
  /** Every file read, base scenarios (`extends`) first. */
  readonly files: readonly (string | undefined)[]
  /** The seed of the id generator. */
  readonly seed: number
  /** The simulated clock at the first step, epoch milliseconds. */
  readonly start: number
  readonly region: string
  readonly accounts: readonly AccountDecl[]
  readonly organization: OrganizationDecl | undefined
  readonly users: readonly UserDecl[]
  readonly groups: readonly GroupDecl[]
  readonly roles: readonly RoleDecl[]
  readonly policies: readonly CustomerPolicyDecl[]
  readonly serviceLinkedRoles: readonly ServiceLinkedRoleDecl[]
  readonly identityProviders: readonly IdentityProviderDecl[]
  readonly resources: readonly ResourceDecl[]
  readonly instanceProfiles: readonly InstanceProfileDecl[]
  readonly trustAnchors: readonly TrustAnchorDecl[]
  readonly rolesAnywhereProfiles: readonly RolesAnywhereProfileDecl[]
  readonly cliProfiles: readonly CliProfileDecl[]
  readonly steps: readonly Step[]
  readonly chapters: readonly Chapter[]
  /** The `challenge:` section: a document to edit and a goal to grade it against. */
  readonly challenge?: Challenge
  /** Maps a JSON path of the scenario to its file, line and column (not plain data). */
  readonly source: SourceLocator
}
