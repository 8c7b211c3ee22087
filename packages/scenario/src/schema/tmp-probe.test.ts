import { it, expect } from 'vitest'
import { scenarioSchema } from './index.ts'
import type { ScenarioInput } from './index.ts'
it('probe', () => {
  const s = JSON.stringify(scenarioSchema)
  console.log(s.length)
  const x: ScenarioInput = { hatrack: 1, title: 't', accounts: {} }
  expect(x.title).toBe('t')
})
