/**
 * The generated documentation pages are committed; this test fails when a registry changed and
 * `pnpm docs:gen` was not run, so the docs never fall behind the code.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { policyIssueCodes } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import { anchorOf, codeRegistries } from '../src/docs/error-code-sections.ts'
import { elementErrorKinds } from '../src/docs/hatrack-codes.ts'
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

  const page = () => readFileSync(`${root}/docs/reference/errors.md`, 'utf8')
  const headingCount = (text: string, heading: string) => text.split(`\n${heading}\n`).length - 1

  it.each(codeRegistries)(
    'explains every code of the %s registry under exactly one heading of its own',
    (_name, registry) => {
      const text = page()
      const codes = Object.keys(registry)
      expect(codes.length).toBeGreaterThan(0)
      for (const code of codes) {
        // Exactly one: a code in two registries would give two headings and two anchors.
        expect(headingCount(text, `### \`${code}\``), code).toBe(1)
        expect(text, code).toContain(`[\`${code}\`](#${anchorOf(code)})`)
      }
    },
  )

  it('explains every kind of element error with the heading the player shows', () => {
    const text = page()
    for (const [kind, info] of Object.entries(elementErrorKinds)) {
      expect(headingCount(text, `### \`${kind}\``), kind).toBe(1)
      expect(text).toContain(`The player shows: **${info.heading}**.`)
    }
  })

  it('links the AWS error of a policy issue to its entry', () => {
    expect(page()).toContain('| error | [`MalformedPolicyDocument`](#malformedpolicydocument) |')
  })
})
