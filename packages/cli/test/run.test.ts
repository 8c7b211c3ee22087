import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commands } from '../src/commands/index.ts'
import { VERSION } from '../src/version.ts'
import { hatrack } from './support/memory-io.ts'

describe('hatrack', () => {
  it('prints its version, equal to package.json’s', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await hatrack([flag])
      expect(code).toBe(0)
      expect(stdout).toBe(`${pkg.version}\n`)
    }
  })

  it('lists every command in its help, with or without --help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const { code, stdout } = await hatrack(argv)
      expect(code).toBe(0)
      for (const command of commands) {
        const summary = command.spec.summary.replace(/[()]/g, '\\$&')
        expect(stdout).toMatch(new RegExp(`^ {2}${command.spec.name} +${summary}$`, 'm'))
      }
    }
  })

  it('gives the same help for `help CMD` and `CMD --help`', async () => {
    for (const command of commands) {
      const viaHelp = await hatrack(['help', command.spec.name])
      const viaFlag = await hatrack([command.spec.name, '--help'])
      expect(viaHelp.code).toBe(0)
      expect(viaFlag.stdout).toBe(viaHelp.stdout)
      expect(viaHelp.stdout.startsWith(`usage: hatrack ${command.spec.synopsis}\n`)).toBe(true)
      expect(viaHelp.stdout).toContain('  -h, --help')
      for (const option of command.spec.options)
        expect(viaHelp.stdout).toContain(`--${option.name}`)
    }
  })

  it.each([
    [['replya', 'a.yaml'], 'hatrack: unknown command `replya`', 'did you mean `replay`?'],
    [['chek'], 'hatrack: unknown command `chek`', 'did you mean `check`?'],
    [['help', 'grpah'], 'hatrack: unknown command `grpah`', 'did you mean `graph`?'],
    [
      ['--verison'],
      'hatrack: unknown option `--verison` (a command comes first)',
      'did you mean `--version`?',
    ],
    [
      ['replay', 'a.yaml', '--jsno'],
      'hatrack replay: unknown option `--jsno`',
      'did you mean `--json`?',
    ],
    [
      ['graph', 'a.yaml', '--format', 'mermiad'],
      'hatrack graph: `mermiad` is not a value of `--format`',
      'did you mean `mermaid`?',
    ],
  ])('suggests the closest for %j', async (argv, message, hint) => {
    const { code, stderr, stdout } = await hatrack(argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    const [first, second] = stderr.split('\n')
    expect(first).toBe(message)
    expect(second).toBe(`  hint: ${hint}`)
  })

  it('lists the commands when none is close', async () => {
    const { code, stderr } = await hatrack(['xyzzy'])
    expect(code).toBe(2)
    expect(stderr).toContain(
      'hint: the commands are `replay`, `check`, `graph`, `explain`, `serve`, `grade`, `schema`, `help`',
    )
  })
})
