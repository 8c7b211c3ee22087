/**
 * The entities a trace shows: every node that ever appears, in the order it first appeared,
 * with the steps it exists between. Declared entities exist from step 0.
 */
import type { EntityKind, EntityView } from '../trace/types.ts'

interface Entry {
  id: string
  kind: EntityKind
  label: string
  accountId?: string
  role?: string
  parent?: string
  firstStep: number
  lastStep?: number
}

/** What a new entity is. */
export interface EntityInput {
  readonly id: string
  readonly kind: EntityKind
  readonly label: string
  readonly accountId?: string
  readonly role?: string
  readonly parent?: string
}

/** The entities seen so far. */
export interface EntityRegistry {
  /** Records `entity` as existing from `step` (again, when it was deleted). */
  appear(entity: EntityInput, step: number): void
  /** Records that `id` stops existing at `step`. */
  disappear(id: string, step: number): void
  has(id: string): boolean
  /** The label of `id`, when known. */
  label(id: string): string | undefined
  /** The views, in order of first appearance. */
  views(): EntityView[]
}

/** A new, empty registry. */
export function createEntityRegistry(): EntityRegistry {
  const entries = new Map<string, Entry>()
  return {
    appear(entity, step) {
      const existing = entries.get(entity.id)
      if (existing !== undefined) {
        if (existing.lastStep !== undefined) delete existing.lastStep
        return
      }
      const entry: Entry = {
        id: entity.id,
        kind: entity.kind,
        label: entity.label,
        firstStep: step,
      }
      if (entity.accountId !== undefined) entry.accountId = entity.accountId
      if (entity.role !== undefined) entry.role = entity.role
      if (entity.parent !== undefined) entry.parent = entity.parent
      entries.set(entity.id, entry)
    },
    disappear(id, step) {
      const existing = entries.get(id)
      if (existing !== undefined) existing.lastStep = step
    },
    has: (id) => entries.has(id),
    label: (id) => entries.get(id)?.label,
    views() {
      return [...entries.values()].map((entry) => {
        const view: EntityView = {
          id: entry.id,
          kind: entry.kind,
          label: entry.label,
          ...(entry.accountId === undefined ? {} : { accountId: entry.accountId }),
          ...(entry.role === undefined ? {} : { role: entry.role }),
          ...(entry.parent === undefined ? {} : { parent: entry.parent }),
          firstStep: entry.firstStep,
          ...(entry.lastStep === undefined ? {} : { lastStep: entry.lastStep }),
        }
        return view
      })
    },
  }
}
