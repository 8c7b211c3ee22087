/**
 * The layering of design.md is enforced by ESLint (eslint.config.js). These tests lint small
 * sources as if they sat in each package, so a change to the config that lets an upward import
 * or a wall-clock read through fails here.
 */
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('the package layering', () => {
  it.each([
    ['packages/policy/src/x.ts', '@hatrack/engine'],
    ['packages/engine/src/x.ts', '@hatrack/model'],
    ['packages/model/src/x.ts', '@hatrack/scenario'],
    ['packages/scenario/src/x.ts', '@hatrack/elements'],
    ['packages/scenario/src/x.ts', '@hatrack/cli'],
    ['packages/elements/src/x.ts', '@hatrack/cli'],
    ['packages/policy/test/x.test.ts', '@hatrack/engine'],
  ])('%s may not import %s', async (file, target) => {
    const ids = await ruleIds(file, `import { x } from '${target}'\nexport const y = x\n`)
    expect(ids).toContain('no-restricted-imports')
  })

  it.each([
    ['packages/engine/src/x.ts', '@hatrack/policy'],
    ['packages/model/src/x.ts', '@hatrack/engine'],
    ['packages/cli/src/x.ts', '@hatrack/scenario'],
    ['packages/elements/src/x.ts', '@hatrack/scenario'],
  ])('%s may import %s', async (file, target) => {
    const ids = await ruleIds(file, `import { x } from '${target}'\nexport const y = x\n`)
    expect(ids).not.toContain('no-restricted-imports')
  })
})

describe('the pure packages', () => {
  it.each(['policy', 'engine', 'model', 'scenario'])(
    '@hatrack/%s reads no wall clock, no random source and no Node built-in',
    async (pkg) => {
      const file = `packages/${pkg}/src/x.ts`
      expect(await ruleIds(file, 'export const t = Date.now()\n')).toContain(
        'no-restricted-properties',
      )
      expect(await ruleIds(file, 'export const r = Math.random()\n')).toContain(
        'no-restricted-properties',
      )
      expect(await ruleIds(file, 'export const d = new Date()\n')).toContain('no-restricted-syntax')
      expect(
        await ruleIds(
          file,
          "import { readFileSync } from 'node:fs'\nexport const f = readFileSync\n",
        ),
      ).toContain('no-restricted-imports')
    },
  )

  it('a given instant is fine: new Date(0) reads no clock', async () => {
    expect(await ruleIds('packages/model/src/x.ts', 'export const d = new Date(0)\n')).toEqual([])
  })

  it('the CLI may read the clock', async () => {
    expect(await ruleIds('packages/cli/src/x.ts', 'export const t = Date.now()\n')).toEqual([])
  })
})
