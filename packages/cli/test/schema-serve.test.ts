import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURES, hatrack } from './support/memory-io.ts'

describe('hatrack schema', () => {
  it('prints the JSON Schema the scenario package ships', async () => {
    const { code, stdout, stderr } = await hatrack(['schema'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const printed = JSON.parse(stdout) as Record<string, unknown>
    expect(printed['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    const shipped = JSON.parse(
      readFileSync(new URL('../../scenario/scenario.schema.json', import.meta.url), 'utf8'),
    ) as unknown
    expect(printed).toEqual(shipped)
  })

  it('takes no argument', async () => {
    const { code, stderr } = await hatrack(['schema', 'extra'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('hatrack schema: unexpected argument `extra`')
  })
})

describe('hatrack serve', () => {
  it('checks the file before it starts anything', async () => {
    const { code, stdout, stderr } = await hatrack(['serve', 'no-such-file.yaml'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('no-such-file.yaml')
  })

  it('refuses a port that is not one', async () => {
    const { code, stderr } = await hatrack(['serve', 'first-role.yaml', '--port', '70000'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(2)
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'hatrack serve: `70000` is not a port',
      '  hint: give a number from 0 to 65535',
    ])
  })
})
