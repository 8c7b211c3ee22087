/**
 * The generated documentation pages are committed; this test fails when a registry changed and
 * `pnpm docs:gen` was not run, so the docs never fall behind the code.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { policyIssueCodes } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import { anchorOf } from '../src/docs/error-reference.ts'
import { generatedPages } from '../src/docs/pages.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('generated documentation', () => {
  it.each(generatedPages.map(([path, render]) => [path, render] as const))(
    '%s is up to date (run `pnpm docs:gen`)',
    (path, render) => {
      expect(readFileSync(`${root}/${path}`, 'utf8')).toBe(render())
    },
  )

  it('explains every policy issue code under its own heading', () => {
    const page = readFileSync(`${root}/docs/reference/errors.md`, 'utf8')
    for (const code of Object.keys(policyIssueCodes)) {
      expect(page).toContain(`### \`${code}\``)
      expect(page).toContain(`(#${anchorOf(code)})`)
    }
  })
})
