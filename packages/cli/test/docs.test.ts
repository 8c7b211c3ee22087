import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commands } from '../src/commands/index.ts'
import { exitCodes } from '../src/exit-codes.ts'

const page = readFileSync(new URL('../../../docs/reference/cli.md', import.meta.url), 'utf8')

describe('docs/reference/cli.md', () => {
  it('documents every command and every option', () => {
    for (const command of commands) {
      expect(page).toContain(`## \`hatrack ${command.spec.name}`)
      for (const option of command.spec.options)
        expect(page).toMatch(new RegExp(`\`--${option.name}[ \`]`))
    }
  })

  it('documents every exit code', () => {
    for (const code of Object.values(exitCodes))
      expect(page).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'))
  })
})
