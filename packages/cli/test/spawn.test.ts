import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../src/version.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url))
const tsx = ['--import', 'tsx', '--conditions=@hatrack/source', main]
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
delete env['FORCE_COLOR']

// Starting node with tsx takes seconds on a busy machine: a generous limit, not a speed check.
describe('the real command', { timeout: 60_000 }, () => {
  it('prints the version through node and tsx, as `pnpm hatrack` runs it', () => {
    const stdout = execFileSync(process.execPath, [...tsx, '--version'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(stdout).toBe(`${VERSION}\n`)
  })

  it('sets the exit code and writes errors to stderr', () => {
    const result = spawnSync(process.execPath, [...tsx, 'replya'], {
      cwd: root,
      encoding: 'utf8',
      env,
    })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      'hatrack: unknown command `replya`\n  hint: did you mean `replay`?',
    )
  })
})
