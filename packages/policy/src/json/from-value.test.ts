import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonNodeFromValue } from './from-value.ts'
import { stringifyJsonNode } from './to-value.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('jsonNodeFromValue', () => {
  it('turns a JSON value into the same text JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = jsonNodeFromValue(value)
        expect(result.ok).toBe(true)
        if (result.ok) expect(stringifyJsonNode(result.root)).toBe(JSON.stringify(value))
      }),
      { numRuns: RUNS },
    )
  })

  const holey = [1, 2, 3]
  delete holey[1]
  const cycle: Record<string, unknown> = { a: 1 }
  cycle['self'] = { back: cycle }
  const refused: Array<{
    name: string
    value: unknown
    message: string
    path: (string | number)[]
  }> = [
    {
      name: 'undefined',
      value: { Statement: undefined },
      message: '`undefined` is not a JSON value',
      path: ['Statement'],
    },
    { name: 'NaN', value: [1, Number.NaN], message: '`NaN` is not a JSON number', path: [1] },
    {
      name: 'Infinity',
      value: { n: Infinity },
      message: '`Infinity` is not a JSON number',
      path: ['n'],
    },
    {
      name: 'a bigint',
      value: { n: 1n },
      message: 'a bigint is not a JSON value: write the number as a string',
      path: ['n'],
    },
    {
      name: 'a function',
      value: { f: () => 1 },
      message: 'a function is not a JSON value',
      path: ['f'],
    },
    {
      name: 'a Map',
      value: { m: new Map() },
      message: 'a Map is not a plain JSON object',
      path: ['m'],
    },
    {
      name: 'a Date',
      value: [new Date(0)],
      message: 'a Date is not a plain JSON object',
      path: [0],
    },
    {
      name: 'a cycle',
      value: cycle,
      message: 'the value contains itself (a cycle), which JSON cannot hold',
      path: ['self', 'back'],
    },
    {
      name: 'an array hole',
      value: holey,
      message: 'the array has a hole at index 1',
      path: [1],
    },
  ]
  for (const c of refused) {
    it(`refuses ${c.name} with a path`, () => {
      const result = jsonNodeFromValue(c.value)
      expect(result).toEqual({ ok: false, message: c.message, path: c.path, tooDeep: false })
    })
  }

  it('refuses nesting deeper than 64 levels', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const result = jsonNodeFromValue(deep)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.tooDeep).toBe(true)
  })

  it('refuses, without throwing, a value whose getter throws', () => {
    const hostile = Object.defineProperty({}, 'Statement', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    expect(jsonNodeFromValue(hostile)).toEqual({
      ok: false,
      message: 'the value could not be read: no',
      path: ['Statement'],
      tooDeep: false,
    })
  })

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 })
    expect(jsonNodeFromValue(bare)).toMatchObject({ ok: true })
  })
})
