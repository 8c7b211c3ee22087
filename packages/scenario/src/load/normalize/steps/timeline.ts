/**
 * The state the steps are read in, in order: the names of the world as steps create and delete
 * them, the sessions named so far, and the current identity (who acts when a step has no `as:`),
 * a stack that `switchRole` and `useSession` push and `switchBack` and `unset` pop.
 */
import type { CallerRef } from '../../../format/caller.ts'
import type {
  CliProfileDecl,
  IdentityProviderDecl,
  ResourceDecl,
  RolesAnywhereProfileDecl,
  TrustAnchorDecl,
  UserDecl,
} from '../../../format/world.ts'
import type { Context } from '../context.ts'
import type { TargetNames } from '../organization.ts'
import type { NameRegistry } from '../registry.ts'

/** A session named by a step. */
export interface SessionInfo {
  readonly createdBy: number
  /** The account the session acts in (the role's), when known. */
  readonly accountId: string | undefined
}

/** One level of the current identity. */
export interface Frame {
  readonly caller: CallerRef
  /** What made it current. */
  readonly via: 'as' | 'switchRole' | 'useSession'
}

/** The declared world the steps refer to. */
export interface WorldNames {
  readonly users: readonly UserDecl[]
  readonly resources: readonly ResourceDecl[]
  readonly providers: readonly IdentityProviderDecl[]
  readonly anchors: readonly TrustAnchorDecl[]
  readonly profiles: readonly RolesAnywhereProfileDecl[]
  readonly cliProfiles: readonly CliProfileDecl[]
}

/** The state of the timeline. */
export interface Timeline {
  readonly ctx: Context
  readonly registry: NameRegistry
  readonly world: WorldNames
  readonly sessions: Map<string, SessionInfo>
  readonly stack: Frame[]
  /** Organization targets (OUs grow with `createOrganizationalUnit`), when there is an organization. */
  readonly organization: { readonly names: TargetNames; readonly policies: Set<string> } | undefined
}
