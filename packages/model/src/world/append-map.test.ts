/**
 * `appendEntry`: an immutable map that grows without copying, and behaves as a copied `Map`
 * would — older maps never see later entries, branches do not see each other's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appendEntry, valuesFrom } from './append-map.ts'

describe('appendEntry', () => {
  it('adds an entry that older maps do not see', () => {
    const one = appendEntry(new Map<string, number>(), 'a', 1)
    const two = appendEntry(one, 'b', 2)
    expect([...one]).toEqual([['a', 1]])
    expect([...two]).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    expect(one.has('b')).toBe(false)
    expect(one.get('b')).toBeUndefined()
    expect(two.get('b')).toBe(2)
    expect([one.size, two.size]).toEqual([1, 2])
  })

  it('keeps two branches from one map apart', () => {
    const base = appendEntry(new Map<string, number>(), 'a', 1)
    const left = appendEntry(base, 'l', 2)
    const right = appendEntry(base, 'r', 3)
    expect([...left.keys()]).toEqual(['a', 'l'])
    expect([...right.keys()]).toEqual(['a', 'r'])
    expect(left.has('r') || right.has('l')).toBe(false)
  })

  it('replaces a value in place, as a Map does', () => {
    const map = appendEntry(appendEntry(appendEntry(new Map(), 'a', 1), 'b', 2), 'a', 9)
    expect([...map.entries()]).toEqual([
      ['a', 9],
      ['b', 2],
    ])
  })

  it('gives the values from an index on', () => {
    let map: ReadonlyMap<number, number> = new Map([[0, 0]])
    for (let i = 1; i < 5; i++) map = appendEntry(map, i, i * 10)
    expect(valuesFrom(map, 3)).toEqual([30, 40])
    expect(
      valuesFrom(
        new Map([
          [1, 'x'],
          [2, 'y'],
        ]),
        1,
      ),
    ).toEqual(['y'])
    const seen: number[] = []
    map.forEach((value) => seen.push(value))
    expect(seen).toEqual([0, 10, 20, 30, 40])
  })

  it('agrees with a copied Map on any sequence of appends from any earlier map', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.string({ maxLength: 2 }), fc.integer()), {
          maxLength: 40,
        }),
        (operations) => {
          const shared: ReadonlyMap<string, number>[] = [new Map()]
          const copied: Map<string, number>[] = [new Map()]
          for (const [from, key, value] of operations) {
            const at = from % shared.length
            shared.push(appendEntry(shared[at] ?? new Map(), key, value))
            copied.push(new Map(copied[at]).set(key, value))
          }
          shared.forEach((map, index) => {
            expect([...map]).toEqual([...(copied[index] ?? [])])
            expect(map.size).toBe(copied[index]?.size)
          })
        },
      ),
      { numRuns: Number(process.env.HATRACK_FC_RUNS ?? 1000) },
    )
  })
})
