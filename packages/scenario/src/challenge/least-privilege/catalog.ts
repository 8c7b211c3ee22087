/**
 * The AWS actions least privilege probes, by service: a wildcard in the reader's document
 * (`s3:*`, `s3:Get*`) is expanded against it. Built from vocabularies already read, so grading
 * stays synchronous; `loadActionCatalog` reads them from a {@link VocabularySource}.
 */
import type { ServiceVocabulary, VocabularySource } from '../../vocabulary/source.ts'

/** Every action of a service, as `service:Action`. */
export interface ActionCatalog {
  /** The actions of `service` (lower case), or `undefined` when the catalog does not have it. */
  actions(service: string): readonly string[] | undefined
}

/** A catalog of `vocabularies`. */
export function actionCatalog(vocabularies: Iterable<ServiceVocabulary>): ActionCatalog {
  const byService = new Map<string, readonly string[]>()
  for (const vocabulary of vocabularies)
    byService.set(
      vocabulary.service.toLowerCase(),
      vocabulary.actions.map((action) => `${vocabulary.service}:${action}`),
    )
  return { actions: (service) => byService.get(service.toLowerCase()) }
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
