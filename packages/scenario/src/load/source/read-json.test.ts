import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonPath } from '@hatrack/policy'
import { locateInFile, locateInTextValue, plainSourceAt } from './locate.ts'
import { deferredSourceFile, readYaml } from './parse-yaml.ts'
import { readJson } from './read-json.ts'
import { toValue } from './to-value.ts'

const runs = Number(process.env['HATRACK_FC_RUNS'] ?? 1000)

/** What the YAML reading makes of `text`: its value, or `undefined` when it finds an issue. */
function viaYaml(text: string): unknown {
  const read = readYaml(text, 'x.json')
  if (!read.ok) return undefined
  const converted = toValue(read.file)
  return converted.issues.length > 0 ? undefined : converted.value
}

/** JSON text of `value` in one of the ways people and tools print it. */
const printed = (value: unknown) =>
  fc.constantFrom<string | number | undefined>(undefined, 1, 2, 4, '\t', ' \r\n').map((space) => {
    if (space === ' \r\n') return JSON.stringify(value, null, 2).replaceAll('\n', '\r\n')
    return JSON.stringify(value, null, space)
  })

describe('readJson', () => {
  it('gives what the YAML reading gives, whenever it takes a text', () => {
    const object = fc.dictionary(
      fc.string({ unit: 'binary' }),
      fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' }),
    )
    fc.assert(
      fc.property(object.chain(printed), (text) => {
        const fast = readJson(text)?.value
        const slow = viaYaml(text)
        // A text the fast path takes is one the YAML reading takes, to the same value.
        if (fast !== undefined) expect(fast).toStrictEqual(slow)
      }),
      { numRuns: runs },
    )
  })

  it('takes every JSON object printed without a repeated key', () => {
    const object = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 6 }))
    fc.assert(
      fc.property(object.chain(printed), (text) => {
        expect(readJson(text)).toBeDefined()
      }),
      { numRuns: runs },
    )
  })

  it('leaves every text with a key given twice, at any depth, to the YAML reading', () => {
    const inner = fc.dictionary(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.jsonValue({ maxDepth: 2 }),
      {
        minKeys: 1,
      },
    )
    const nested = fc.tuple(inner, fc.nat(), fc.nat({ max: 3 }), fc.jsonValue({ maxDepth: 1 }))
    fc.assert(
      fc.property(nested, ([object, pick, depth, again]) => {
        const keys = Object.keys(object)
        const key = keys[pick % keys.length] as string
        // The object printed with `key` written a second time, first, then wrapped `depth` times.
        let text = `{${JSON.stringify(key)}: ${JSON.stringify(again)}, ${JSON.stringify(object).slice(1)}`
        for (let level = 0; level < depth; level++) text = `{"level${level}": [${text}]}`
        expect(readJson(text)).toBeUndefined()
        expect(viaYaml(text)).toBeUndefined()
      }),
      { numRuns: runs },
    )
  })

  it('reads maps without a prototype, so `__proto__` is only a key', () => {
    const value = readJson('{"__proto__": {"polluted": true}, "constructor": 1}')?.value
    expect(Object.getPrototypeOf(value)).toBeNull()
    expect(Object.keys(value ?? {})).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it.each([
    ['a key given twice', '{"a": 1, "a": 2}'],
    ['a syntax error', '{"a": 1,}'],
    ['a list at the top', '[1, 2]'],
    ['YAML', 'hatrack: 1\n'],
    ['a runaway nesting', `{"a": ${'['.repeat(60)}${']'.repeat(60)}}`],
    ['a byte order mark', '\ufeff{"a": 1}'],
  ])('leaves %s to the YAML reading', (_name, text) => {
    expect(readJson(text)).toBeUndefined()
  })

  it('takes numbers as YAML 1.2 reads them', () => {
    const text = '{"a": -0, "b": 1e3, "c": 0.5, "d": 12345678901234567890, "e": 1.0}'
    expect(readJson(text)?.value).toStrictEqual(viaYaml(text))
  })
})

/** Every path into `value`, into JSON written as text inside its strings too, and one past each. */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix, [...prefix, 'missing'], [...prefix, 7]]
  if (typeof value === 'string') {
    try {
      return [...paths, ...pathsOf(JSON.parse(value), prefix).slice(3)]
    } catch {
      return paths
    }
  }
  if (Array.isArray(value))
    return [...paths, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))]
  if (typeof value === 'object' && value !== null)
    return [
      ...paths,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
    ]
  return paths
}

describe('places in a file read as JSON', () => {
  // Objects whose strings are sometimes JSON themselves, as policies written as text are.
  const leaf = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.jsonValue({ maxDepth: 3 }).map((inner) => JSON.stringify(inner, null, 1)),
    fc.jsonValue({ maxDepth: 3 }).map((inner) => JSON.stringify(inner)),
  )
  const object = fc.dictionary(
    fc.string({ maxLength: 4 }),
    fc.oneof(leaf, fc.dictionary(fc.string({ maxLength: 3 }), leaf), fc.array(leaf)),
  )

  it('are the places the YAML reading gives', () => {
    fc.assert(
      fc.property(object.chain(printed), fc.constantFrom('key', 'value'), (text, anchor) => {
        const json = readJson(text)
        const yaml = readYaml(text, 'x.json')
        if (json === undefined || !yaml.ok) throw new Error('both readings take this text')
        const fast = deferredSourceFile('x.json', text, json.tree)
        for (const path of pathsOf(JSON.parse(text))) {
          expect(locateInFile(fast, path, anchor), JSON.stringify(path)).toEqual(
            locateInFile(yaml.file, path, anchor),
          )
          expect(locateInTextValue(fast, path, 1, 3)).toEqual(
            locateInTextValue(yaml.file, path, 1, 3),
          )
          expect(plainSourceAt(fast, path)).toEqual(plainSourceAt(yaml.file, path))
        }
      }),
      { numRuns: Math.ceil(runs / 10) },
    )
  }, 60_000)

  it('never parse the YAML document', () => {
    const text = '{\n "a": {"b": [1, "{\\"c\\": 2}"]}\n}'
    const json = readJson(text)
    if (json === undefined) throw new Error('the fast path takes this text')
    const file = deferredSourceFile('x.json', text, json.tree)
    const parsed = Object.defineProperty({ ...file }, 'doc', {
      get: () => {
        throw new Error('the YAML document was parsed')
      },
    })
    expect(locateInFile(parsed, ['a', 'b', 1, 'c'], 'value')).toEqual({ line: 2, column: 17 })
    expect(locateInFile(parsed, ['a', 'b', 0], 'value')).toEqual({ line: 2, column: 14 })
    expect(plainSourceAt(parsed, ['a', 'b', 0])).toBe('1')
  })
})
