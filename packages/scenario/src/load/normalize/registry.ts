/**
 * The IAM names of the world as the timeline goes: what the scenario declares, plus what earlier
 * steps create, minus what they delete. Names compare regardless of case within an account and
 * a kind, as IAM's do (iam-facts §1).
 */

/** The kinds of IAM entity a step can name. */
export type EntityKind = 'user' | 'group' | 'role' | 'policy' | 'instanceProfile'

/** An entity as the registry knows it. */
export interface NamedEntity {
  readonly name: string
  readonly path: string
  readonly accountId: string
  /** Its key in the scenario, when declared. */
  readonly key?: string
}

function slot(kind: EntityKind, accountId: string, name: string): string {
  return `${kind}|${accountId}|${name.toLowerCase()}`
}

/** IAM names by kind and account, and declared entities by key. */
export class NameRegistry {
  private readonly entries = new Map<string, NamedEntity>()
  private readonly keys = new Map<string, NamedEntity>()

  /** Adds `entity`; returns the entity already there under the same name, if any. */
  add(kind: EntityKind, entity: NamedEntity): NamedEntity | undefined {
    const at = slot(kind, entity.accountId, entity.name)
    const existing = this.entries.get(at)
    if (existing !== undefined) return existing
    this.entries.set(at, entity)
    if (entity.key !== undefined) this.keys.set(`${kind}|${entity.key}`, entity)
    return undefined
  }

  /** Removes the entity named `name`. */
  remove(kind: EntityKind, accountId: string, name: string): void {
    this.entries.delete(slot(kind, accountId, name))
  }

  /** The entity named `name` in `accountId`. */
  get(kind: EntityKind, accountId: string, name: string): NamedEntity | undefined {
    return this.entries.get(slot(kind, accountId, name))
  }

  /** The declared entity whose key is `key` (in any account). */
  byKey(kind: EntityKind, key: string): NamedEntity | undefined {
    return this.keys.get(`${kind}|${key}`)
  }

  /** The names of `kind` in `accountId` (every account when absent), for suggestions. */
  names(kind: EntityKind, accountId?: string): string[] {
    const out: string[] = []
    for (const [at, entity] of this.entries) {
      if (at.startsWith(`${kind}|`) && (accountId === undefined || entity.accountId === accountId))
        out.push(entity.key ?? entity.name)
    }
    return out
  }

  /** A copy, for the timeline to change without touching the world's. */
  clone(): NameRegistry {
    const copy = new NameRegistry()
    for (const [at, entity] of this.entries) copy.entries.set(at, entity)
    for (const [at, entity] of this.keys) copy.keys.set(at, entity)
    return copy
  }
}
