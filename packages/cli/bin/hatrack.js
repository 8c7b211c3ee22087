#!/usr/bin/env node
// The installed `hatrack` command runs the built JavaScript (`pnpm build` writes dist/). In the
// repository, `pnpm hatrack …` runs the TypeScript source directly, without a build.
import { existsSync } from 'node:fs'

const main = new URL('../dist/main.js', import.meta.url)
if (existsSync(main)) {
  await import(main.href)
} else {
  process.stderr.write(
    'hatrack: the CLI is not built (no dist/main.js).\n' +
      '  hint: run `pnpm build` at the repository root, or `pnpm hatrack …` to run the source\n',
  )
  process.exitCode = 2
}
