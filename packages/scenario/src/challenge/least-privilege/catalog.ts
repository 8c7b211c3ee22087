/**
 * The AWS actions least privilege probes, by service: a wildcard in the reader's document
 * (`s3:*`, `s3:Get*`) is expanded against it, and an action is probed only on resources of the
 * types it acts on (`s3:ListAllMyBuckets` on `*` alone). Built from vocabularies already read,
 * so grading stays synchronous; `loadActionCatalog` reads them from a {@link VocabularySource}.
 */
import type { ServiceVocabulary, VocabularySource } from '../../vocabulary/source.ts'

/** Every action of a service, as `service:Action`. */
export interface ActionCatalog {
  /** The actions of `service` (lower case), or `undefined` when the catalog does not have it. */
  actions(service: string): readonly string[] | undefined
  /**
   * The ARN templates of the resource types `action` (`s3:GetObject`) acts on: none when it
   * takes only `*`, `undefined` when the catalog does not describe it.
   */
  resources(action: string): readonly string[] | undefined
}

/** A catalog of `vocabularies`. */
export function actionCatalog(vocabularies: Iterable<ServiceVocabulary>): ActionCatalog {
  const byService = new Map<string, readonly string[]>()
  const byAction = new Map<string, readonly string[]>()
  for (const vocabulary of vocabularies) {
    const service = vocabulary.service.toLowerCase()
    byService.set(
      service,
      vocabulary.actions.map((action) => `${vocabulary.service}:${action}`),
    )
    for (const [action, arns] of Object.entries(vocabulary.actionResources ?? {}))
      byAction.set(`${service}:${action.toLowerCase()}`, arns)
  }
  return {
    actions: (service) => byService.get(service.toLowerCase()),
    resources: (action) => byAction.get(action.toLowerCase()),
  }
}

/** Reads `services` from `source`; a service that cannot be read is left out. */
export async function loadActionCatalog(
  source: VocabularySource,
  services: Iterable<string>,
): Promise<ActionCatalog> {
  const read = await Promise.all(
    [...new Set([...services].map((service) => service.toLowerCase()))].map(async (service) => {
      try {
        return await source.service(service)
      } catch {
        return undefined
      }
    }),
  )
  return actionCatalog(read.filter((entry) => entry !== undefined))
}
