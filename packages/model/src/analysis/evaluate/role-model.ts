/**
 * A role as the target of `AssumeRole*`, built once for every principal tried against it: the
 * resource side the model's `authorize` uses (its trust policy, its account, its tags as
 * `aws:ResourceTag/*`, its organization keys) and the trust policy and RCPs compiled.
 */
import type { CompiledPolicy } from '@hatrack/engine'
import type { ResourceSide } from '../../request/resource-side.ts'
import type { Role } from '../../world/types.ts'
import type { ClauseSource, ScpLevels } from '../principals/caller-model.ts'
import { anyReadsContext, compileNamed, mayApplyToAssume } from './compiled.ts'

/** A role, ready to be assumed many times. */
export interface RoleModel {
  readonly index: number
  readonly role: Role
  readonly side: ResourceSide
  readonly trust: CompiledPolicy
  /** The RCP levels of the role's account, when it is in an organization. */
  readonly rcps: readonly (readonly CompiledPolicy[])[] | undefined
  readonly readsContext: boolean
  /** Every condition clause of the trust policy and of the RCPs that can apply to an assumption. */
  readonly clauses: readonly ClauseSource[]
  /**
   * The role's context keys (`side.keys`), as one object shared by every role with the same keys
   * (same account and organization, same tags): a request context built over them can be reused.
   */
  readonly sideKeys: Readonly<Record<string, unknown>>
}

/** The role model of `role`; `rcpLevels` finds an account's compiled RCPs. */
export function roleModel(
  role: Role,
  index: number,
  rcpLevels: ScpLevels,
  intern: <T extends object>(value: T) => T,
  sideOf: (role: Role) => ResourceSide,
): RoleModel {
  const side = sideOf(role)
  if (side.policy === undefined) throw new Error(`invariant: role ${role.arn} has no trust policy`)
  const trust = compileNamed(side.policy)
  const rcps = rcpLevels(side.accountId ?? role.accountId)
  const clauses: ClauseSource[] = []
  const collect = (policy: CompiledPolicy): void => {
    for (const statement of policy.statements) {
      if (!mayApplyToAssume(statement)) continue
      for (const clause of statement.clauses)
        clauses.push({ clause, variables: statement.variables })
    }
  }
  collect(trust)
  for (const level of rcps ?? []) level.forEach(collect)
  const sideKeys = intern(side.keys)
  return {
    index,
    role,
    side: { ...side, keys: sideKeys },
    trust,
    rcps,
    readsContext: anyReadsContext([trust], undefined, rcps),
    clauses,
    sideKeys,
  }
}
