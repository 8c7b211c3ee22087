import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../src/core/index.ts'
import { lazyList } from '../../src/core/frames/lazy-list.ts'
import { scenarioFiles, scenarioText } from './library.ts'

describe('lazyList', () => {
  it('makes an item on its first read only, and keeps it', () => {
    const made: number[] = []
    const list = lazyList(4, (i) => {
      made.push(i)
      return { i }
    })
    expect(list.length).toBe(4)
    expect(made).toEqual([])
    const second = list[2]
    expect(second).toEqual({ i: 2 })
    expect(list[2]).toBe(second)
    expect(made).toEqual([2])
  })

  it('works as an array: iteration, methods, spreading and JSON', () => {
    const list = lazyList(3, (i) => i * 10)
    expect([...list]).toEqual([0, 10, 20])
    expect(list.map((n) => n + 1)).toEqual([1, 11, 21])
    expect(list.flatMap((n) => (n > 0 ? [n] : []))).toEqual([10, 20])
    expect(list.slice(1)).toEqual([10, 20])
    expect(Array.isArray(list)).toBe(true)
    expect(JSON.stringify(list)).toBe('[0,10,20]')
    expect(list[3]).toBeUndefined()
  })

  it('is empty for no items', () => {
    expect(lazyList(0, () => 1)).toEqual([])
  })
})

describe('frames made on demand', () => {
  it.each(scenarioFiles)('%s: the same frames whatever order they are read in', (name) => {
    const load = () => {
      const result = loadScenario(scenarioText(name), { fileName: name })
      if (!result.ok) throw new Error(result.error.message)
      return result.loaded.frames.frames
    }
    const forward = load()
    const backward = load()
    const reversed = [...backward.keys()].reverse().map((i) => backward[i])
    expect(JSON.stringify(reversed.reverse())).toBe(JSON.stringify([...forward]))
  })
})
