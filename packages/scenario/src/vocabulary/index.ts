/** AWS's vocabulary (actions, resource types, condition keys), loaded per service, and the check. */
export { checkVocabulary } from './check.ts'
export { collectNames } from './collect.ts'
export type { UsedName } from './collect.ts'
export { createVocabularySource, vocabularyFromUrl } from './source.ts'
export type { ServiceVocabulary, VocabularyReader, VocabularySource } from './source.ts'
