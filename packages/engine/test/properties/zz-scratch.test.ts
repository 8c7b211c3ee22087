import fc from 'fast-check'
import { it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import { toPolicySet, worldArbitrary } from '../arbitraries/index.ts'
import { evaluateReference, resourceAccountOf } from '../reference/index.ts'

it('scratch: collect discrepancies', () => {
  const classes = new Map<string, { count: number; sample: string }>()
  const worlds = fc.sample(worldArbitrary, {
    numRuns: Number(process.env.N ?? 20000),
    seed: Number(process.env.SEED ?? 1),
  })
  const histogram = new Map<string, number>()
  for (const world of worlds) {
    const policies = toPolicySet(world)
    const a = evaluate(world.request, policies)
    const e = evaluateReference(world.request, policies)
    const h = `${e.decision}/${e.gate}`
    histogram.set(h, (histogram.get(h) ?? 0) + 1)
    if (a.decision === e.decision && a.gate === e.gate) continue
    const p = world.request.principal
    const key = `${p.kind}${p.serviceLinkedRole ? '(slr)' : ''} ${world.request.action} ${resourceAccountOf(world.request) === p.accountId ? 'same' : 'cross'} engine=${a.decision}/${a.gate} ref=${e.decision}/${e.gate}`
    const sample = JSON.stringify(world)
    const prev = classes.get(key)
    if (prev === undefined) classes.set(key, { count: 1, sample })
    else {
      prev.count++
      if (sample.length < prev.sample.length) prev.sample = sample
    }
  }
  for (const [key, { count, sample }] of [...classes].sort())
    console.log(`${count}\t${key}\n\t${sample}\n`)
  console.log(`classes: ${classes.size}`)
  console.log(
    [...histogram]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  )
})
