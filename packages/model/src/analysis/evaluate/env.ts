/**
 * Everything the analysis of one world builds once and reads many times: its principals and
 * roles in a stable order, each one's caller or role model (built on first use), and the
 * compiled SCP and RCP levels of each account. One environment per world, kept in a WeakMap,
 * so `canAssume` and `explainPair` on the same world reuse it.
 */
import type { CompiledPolicy } from '@hatrack/engine'
import { organizationPlacement } from '../../request/organization-levels.ts'
import type { Role, World } from '../../world/types.ts'
import { callerModel, type CallerModel } from '../principals/caller-model.ts'
import { enumeratePrincipals, type AnalysedPrincipal } from '../principals/enumerate.ts'
import { compileLevels } from './compiled.ts'
import { roleModel, type RoleModel } from './role-model.ts'
import { roleSides } from './role-sides.ts'
import type { ResourceSide } from '../../request/resource-side.ts'

type Levels = readonly (readonly CompiledPolicy[])[] | undefined

/** The analysis's view of one world. */
export class AnalysisEnv {
  readonly world: World
  readonly principals: readonly AnalysedPrincipal[]
  readonly roles: readonly Role[]
  readonly principalIndex: ReadonlyMap<string, number>
  readonly roleIndex: ReadonlyMap<string, number>
  readonly managementAccount: string | undefined
  private readonly callers: (CallerModel | null | undefined)[]
  private readonly roleModels: (RoleModel | undefined)[]
  private readonly scps = new Map<string, Levels>()
  private readonly rcps = new Map<string, Levels>()
  private readonly interned = new Map<string, object>()
  private readonly sideOf: (role: Role) => ResourceSide

  constructor(world: World) {
    this.world = world
    this.principals = enumeratePrincipals(world)
    const roles: Role[] = []
    for (const account of world.accounts.values()) roles.push(...account.roles.values())
    this.roles = roles
    this.principalIndex = new Map(this.principals.map((p, index) => [p.node.id, index]))
    this.roleIndex = new Map(roles.map((role, index) => [role.arn, index]))
    this.managementAccount = world.organization?.managementAccount
    this.sideOf = roleSides(world)
    this.callers = new Array<CallerModel | null | undefined>(this.principals.length)
    this.roleModels = new Array<RoleModel | undefined>(roles.length)
  }

  /** The caller model of principal `index`; `undefined` for roots, services and providers. */
  caller(index: number): CallerModel | undefined {
    const known = this.callers[index]
    if (known !== undefined) return known ?? undefined
    const principal = this.principals[index]
    if (principal === undefined) throw new Error(`invariant: no principal ${index}`)
    const made = callerModel(this.world, principal, (account) => this.scpLevels(account))
    this.callers[index] = made ?? null
    return made
  }

  /** The role model of role `index`. */
  role(index: number): RoleModel {
    const known = this.roleModels[index]
    if (known !== undefined) return known
    const role = this.roles[index]
    if (role === undefined) throw new Error(`invariant: no role ${index}`)
    const made = roleModel(
      role,
      index,
      (account) => this.rcpLevels(account),
      (value) => this.intern(value),
      this.sideOf,
    )
    this.roleModels[index] = made
    return made
  }

  /** One object for every equal plain-data value (by its JSON). */
  intern<T extends object>(value: T): T {
    const key = JSON.stringify(value)
    const known = this.interned.get(key)
    if (known !== undefined) return known as T
    this.interned.set(key, value)
    return value
  }

  /** The compiled SCP levels of an account, `undefined` outside an organization. */
  scpLevels(accountId: string): Levels {
    if (!this.scps.has(accountId))
      this.scps.set(accountId, compileLevels(organizationPlacement(this.world, accountId)?.scps))
    return this.scps.get(accountId)
  }

  /** The compiled RCP levels of an account, `undefined` outside an organization. */
  rcpLevels(accountId: string): Levels {
    if (!this.rcps.has(accountId))
      this.rcps.set(accountId, compileLevels(organizationPlacement(this.world, accountId)?.rcps))
    return this.rcps.get(accountId)
  }
}

const envs = new WeakMap<World, AnalysisEnv>()

/** The environment of `world`, built once. */
export function analysisEnv(world: World): AnalysisEnv {
  let env = envs.get(world)
  if (env === undefined) {
    env = new AnalysisEnv(world)
    envs.set(world, env)
  }
  return env
}
