import fc from 'fast-check'
import { it } from 'vitest'
import {
  requestArbitrary,
  worldAround,
  documentArbitrary,
  conditionArbitrary,
} from '../arbitraries/index.ts'

it('scratch: timing', () => {
  let t = performance.now()
  const reqs = fc.sample(requestArbitrary, { numRuns: 1000, seed: 5 })
  console.log('requests', performance.now() - t)
  t = performance.now()
  fc.sample(worldAround(reqs[0]!), { numRuns: 1000, seed: 5 })
  console.log('policies', performance.now() - t)
  t = performance.now()
  fc.sample(documentArbitrary('identity', reqs[0]!), { numRuns: 1000, seed: 5 })
  console.log('document', performance.now() - t)
  t = performance.now()
  fc.sample(conditionArbitrary, { numRuns: 1000, seed: 5 })
  console.log('condition', performance.now() - t)
  t = performance.now()
}, 60000)
