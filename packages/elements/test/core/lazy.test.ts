import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCore } from '../../src/core/lazy.ts'
import { core } from '../../src/core/index.ts'

describe('loadCore', () => {
  it('imports the core once and gives the same object every time', async () => {
    const first = await loadCore()
    expect(first).toBe(core)
    expect(await loadCore()).toBe(first)
    expect(typeof first.loadScenario).toBe('function')
    expect(typeof first.loadTrace).toBe('function')
  })

  it('imports nothing but types statically, so the heavy part stays out of the page bundle', () => {
    const text = readFileSync(new URL('../../src/core/lazy.ts', import.meta.url), 'utf8')
    const statics = text.split('\n').filter((line) => /^\s*import\s/.test(line))
    expect(statics.length).toBeGreaterThan(0)
    for (const line of statics) expect(line).toMatch(/^import type /)
    expect(text).toContain("import('./index.ts')")
  })
})
