/**
 * Finding an entity by its unique id (`AIDA…`, `AROA…`, `AGPA…`, `ANPA…`, `AIPA…`). A world
 * is immutable, so its index is built once, on first use, and kept beside it in a WeakMap.
 */
import type { Group, InstanceProfile, ManagedPolicy, Role, User, World } from './types.ts'

/** An entity found by its unique id, with what kind of entity it is. */
export type EntityById =
  | { readonly kind: 'user'; readonly entity: User }
  | { readonly kind: 'role'; readonly entity: Role }
  | { readonly kind: 'group'; readonly entity: Group }
  | { readonly kind: 'managedPolicy'; readonly entity: ManagedPolicy }
  | { readonly kind: 'instanceProfile'; readonly entity: InstanceProfile }

const indexes = new WeakMap<World, ReadonlyMap<string, EntityById>>()

/** The live entity with this unique id, or `undefined` (never created, or deleted since). */
export function findEntityById(world: World, uniqueId: string): EntityById | undefined {
  let index = indexes.get(world)
  if (!index) {
    index = buildIndex(world)
    indexes.set(world, index)
  }
  return index.get(uniqueId)
}

function buildIndex(world: World): ReadonlyMap<string, EntityById> {
  const index = new Map<string, EntityById>()
  for (const account of world.accounts.values()) {
    for (const entity of account.users.values()) index.set(entity.id, { kind: 'user', entity })
    for (const entity of account.roles.values()) index.set(entity.id, { kind: 'role', entity })
    for (const entity of account.groups.values()) index.set(entity.id, { kind: 'group', entity })
    for (const entity of account.policies.values()) {
      index.set(entity.id, { kind: 'managedPolicy', entity })
    }
    for (const entity of account.instanceProfiles.values()) {
      index.set(entity.id, { kind: 'instanceProfile', entity })
    }
  }
  return index
}
