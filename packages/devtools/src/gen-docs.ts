/**
 * `pnpm docs:gen`: writes the documentation pages generated from the code's registries.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generatedPages } from './docs/pages.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
for (const [path, render] of generatedPages) {
  writeFileSync(`${root}/${path}`, render())
  console.log(`wrote ${path}`)
}
